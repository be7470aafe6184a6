//! "Did you mean …" for unknown names: one helper, so every rule suggests the same way.

/// The candidate closest to `name`, if one is close enough to be a likely slip.
pub(crate) fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let name = name.to_lowercase();
    candidates
        .into_iter()
        // Edit distance, not Jaro-Winkler: ids share prefixes (`surat-masuk`,
        // `surat-keluar`) that make unrelated names look alike to prefix-weighted measures.
        .map(|c| {
            (
                strsim::normalized_damerau_levenshtein(&name, &c.to_lowercase()),
                c,
            )
        })
        .filter(|&(score, _)| score >= 0.65)
        // Ties go to the earlier candidate, so the suggestion does not depend on hashing.
        .fold(None, |best: Option<(f64, &str)>, (score, c)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, c)),
        })
        .map(|(_, c)| c)
}

/// The help line for an unknown name.
pub(crate) fn help<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    otherwise: &str,
) -> String {
    match did_you_mean(name, candidates) {
        Some(best) => format!("did you mean `{best}`?"),
        None => otherwise.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_close_names_only() {
        let actors = ["pemohon", "staf", "kasi", "lurah"];
        assert_eq!(did_you_mean("lura", actors), Some("lurah"));
        assert_eq!(did_you_mean("Pemohon", actors), Some("pemohon"));
        assert_eq!(did_you_mean("camat", actors), None);
        assert_eq!(did_you_mean("surat-keluar", ["surat-masuk"]), None);
        assert_eq!(did_you_mean("minutes", ["detik", "menit", "minggu"]), None);
        assert_eq!(
            did_you_mean("mnit", ["detik", "menit", "minggu"]),
            Some("menit")
        );
    }
}
