//! The pest parser derived from `grammar/sopan.pest`, and one accept/reject test per rule.

// pest_derive generates the `Rule` enum with one variant per grammar rule and copies each
// rule's `///` comment onto it.
#[derive(pest_derive::Parser)]
#[grammar = "../../grammar/sopan.pest"]
pub(crate) struct SopanParser;

#[cfg(test)]
mod tests {
    use pest::Parser;

    use super::{Rule, SopanParser};

    /// Asserts that `rule` matches the whole of `input`.
    fn accepts(rule: Rule, input: &str) {
        let pairs = SopanParser::parse(rule, input)
            .unwrap_or_else(|e| panic!("{rule:?} should accept {input:?}:\n{e}"));
        let end = pairs.last().map_or(0, |p| p.as_span().end());
        assert_eq!(end, input.len(), "{rule:?} accepted only part of {input:?}");
    }

    /// Asserts that `rule` does not match the whole of `input`.
    fn rejects(rule: Rule, input: &str) {
        if let Ok(pairs) = SopanParser::parse(rule, input) {
            let end = pairs.last().map_or(0, |p| p.as_span().end());
            assert!(end < input.len(), "{rule:?} should reject {input:?}");
        }
    }

    #[test]
    fn text() {
        accepts(Rule::text, r#""Surat masuk""#);
        accepts(Rule::text, r#""baris satu\nbaris \"dua\"""#);
        accepts(Rule::text, r#""""#);
        rejects(Rule::text, "\"tanpa akhir\n\"");
        rejects(Rule::text, "tanpa petik");
    }

    #[test]
    fn idents_and_references() {
        accepts(Rule::ident, "kasi-pmks");
        accepts(Rule::ident, "mulai-cek");
        accepts(Rule::ident, "staf_2");
        rejects(Rule::ident, "2staf");
        rejects(Rule::note_ref, "waktu");
        accepts(Rule::note_ref, "waktu-kerja");
    }

    #[test]
    fn date() {
        accepts(Rule::date_field, "dibuat 2017-12-15");
        accepts(Rule::date_field, "revisi -");
        accepts(Rule::date_field, "efektif 2018-2-1");
        rejects(Rule::date_field, "dibuat 15 Desember 2017");
    }

    #[test]
    fn disahkan() {
        accepts(Rule::disahkan_field, r#"disahkan "Lurah Belimbing""#);
        accepts(
            Rule::disahkan_field,
            r#"disahkan "Lurah" { nama "SLAMET, SH" pangkat "Penata Tingkat I" nip "19670619 199006 1 001" }"#,
        );
        rejects(Rule::disahkan_field, r#"disahkan "Lurah" { jabatan "x" }"#);
    }

    #[test]
    fn lists() {
        accepts(Rule::list_field, r#"dasar-hukum { "a" "b" }"#);
        accepts(Rule::list_field, r#"kualifikasi "SMA""#);
        accepts(Rule::list_field, "pencatatan { }");
        accepts(Rule::list_field, "peringatan -");
        accepts(
            Rule::keterkaitan_field,
            r#"keterkaitan { surat-masuk "SOP Surat Masuk" "SOP Arsip" }"#,
        );
        accepts(
            Rule::bagian_field,
            r#"bagian "Maksud dan Tujuan" { "Agar tertib" }"#,
        );
    }

    #[test]
    fn actors() {
        accepts(
            Rule::pelaksana_field,
            r#"pelaksana { pemohon "Pemohon" kasi "Kasi PMKS" }"#,
        );
        rejects(Rule::pelaksana_field, r#"pelaksana { "Pemohon" }"#);
    }

    #[test]
    fn steps() {
        accepts(Rule::step, r#"mulai pemohon "Menyerahkan berkas""#);
        accepts(
            Rule::step,
            r#"mulai alternatif pemohon "Mengisi formulir daring""#,
        );
        accepts(
            Rule::step,
            r#"ketik: staf "Mengetik" "surat" { waktu 5 menit output "Draft" }"#,
        );
        accepts(Rule::step, r#"kasi + sekretaris "Membahas bersama""#);
        accepts(
            Rule::step,
            r#"kasi keputusan "Memeriksa" { tanya "Lengkap?" ya -> lanjut tidak -> ketik }"#,
        );
        accepts(
            Rule::step,
            r#"kasi keputusan "Memilih" { ya "Online" -> a tidak "Offline" -> b }"#,
        );
        accepts(Rule::step, r#"staf "Membagi tugas" { -> cek, kirim }"#);
        accepts(
            Rule::step,
            r#"staf "Mencatat" { keterangan surat-masuk "dan arsip" }"#,
        );
        accepts(Rule::step, r#"selesai pemohon "Menerima""#);
        rejects(Rule::step, r#"mulai "Tanpa pelaksana""#);
        rejects(Rule::step, r#"staf "x" { warna "merah" }"#);
    }

    #[test]
    fn durations() {
        for ok in [
            "10 menit",
            "1jam",
            "5-10 menit",
            "1 - 20 hari kerja",
            "1 x 24 jam",
            "1x24 Jam",
            "1,5 jam",
            "2 MINGGU",
            "\"Segera\"",
            "-",
            "3 bulan",
            "1 \u{2013} 20 Hari Kerja",
            "5\u{2013}10 menit",
        ] {
            accepts(Rule::duration, ok);
        }
        rejects(Rule::duration, "menit");
        rejects(Rule::duration, "10");
        rejects(Rule::duration, "10 output");
        rejects(Rule::duration, "10 proses");
    }

    #[test]
    fn rows_that_list_their_symbols() {
        accepts(
            Rule::step,
            r#""Menerima surat" { mulai umum "Langsung"  mulai sek "Via email"  waktu - }"#,
        );
        accepts(
            Rule::step,
            r#"periksa: "Memeriksa" { proses umum  cek: keputusan sek "R?" { ya -> lanjut tidak -> x } }"#,
        );
        accepts(Rule::symbol_item, "proses a + b");
        accepts(Rule::symbol_item, "mulai alternatif a \"Via email\"");
        accepts(Rule::symbol_item, "x: selesai a \"Selesai\"");
        accepts(Rule::symbol_item, "proses a { -> b, c  <-> d  ..> e }");
        rejects(Rule::symbol_item, "proses \"tanpa pelaksana\"");
        rejects(Rule::symbol_item, "kotak a");
    }

    #[test]
    fn arrows_row_numbers_and_symbol_texts() {
        for arrow in ["->", "<->", "..>"] {
            accepts(Rule::jump_item, &format!("{arrow} a"));
            accepts(Rule::branch_item, &format!("ya \"Y\" {arrow} a"));
        }
        rejects(Rule::jump_item, "<- a");
        accepts(Rule::nomor_item, "nomor 4");
        accepts(Rule::nomor_item, "nomor \"4a\"");
        rejects(Rule::nomor_item, "nomor a");
        accepts(Rule::teks_item, "teks \"Mulai\"");
        accepts(Rule::templat_field, "templat \"ringkas\"");
    }

    #[test]
    fn a_keterangan_reference_stops_at_a_symbol_label() {
        accepts(
            Rule::step_body,
            "{ keterangan surat-masuk periksa: proses kasi waktu 5 menit }",
        );
        accepts(Rule::step_body, "{ keterangan surat-masuk proses kasi }");
    }

    #[test]
    fn comments_go_anywhere_between_tokens() {
        accepts(
            Rule::file,
            "// kepala\nsop \"A\" { // catatan\n nomor // di tengah\n \"1\" } // akhir",
        );
        rejects(Rule::text, "\"// bukan komentar\n\"");
    }

    #[test]
    fn one_sop_per_file() {
        accepts(Rule::file, "sop \"A\" { }");
        rejects(Rule::file, "sop \"A\" { } sop \"B\" { }");
        rejects(Rule::file, "");
    }
}
