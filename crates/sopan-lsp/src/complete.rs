//! What to offer at the cursor, read from the text before it: the block it is in (by the
//! braces, outside texts and comments) and the words just before it on its line. This
//! works on a file that does not parse, which is what a file being typed is.

use sopan_syntax::keywords::STEP_FIELDS;

/// What the cursor is after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Want {
    /// `-> `, `..> `, `<-> `, or `, ` in such a list: the file's labels.
    Labels,
    /// A number in a `waktu`: the units.
    Units,
    /// `keterangan `: the keterkaitan ids.
    Related,
    /// Where a step or a symbol names its actor.
    Actors,
    /// The start of a line inside a step's braces: the fields of a step.
    StepFields,
    /// The start of a line in the `sop` block: its items.
    SopItems,
    /// Nothing fits.
    Nothing,
}

/// The blocks braces open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Block {
    Sop,
    Prosedur,
    Step,
    Other,
}

/// What to offer at byte `offset` of `text`, and where the word being typed starts.
pub(crate) fn want(text: &str, offset: usize) -> (Want, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let word_start = before
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        .len();
    let Some(block) = block_at(before) else {
        return (Want::Nothing, word_start);
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = &before[line_start..word_start];
    let trimmed = line.trim_end();
    let last_word = trimmed
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let want = if ends_with_arrow(trimmed) || (trimmed.ends_with(',') && has_arrow(trimmed)) {
        Want::Labels
    } else if block == Block::Step && ends_with_number(trimmed) {
        Want::Units
    } else if block == Block::Step && after_keterangan(trimmed) {
        Want::Related
    } else if matches!(block, Block::Prosedur | Block::Step)
        && (trimmed.ends_with(':')
            || trimmed.ends_with('+')
            || matches!(
                last_word,
                "mulai" | "selesai" | "alternatif" | "keputusan" | "proses"
            ))
    {
        Want::Actors
    } else if trimmed.is_empty() || trimmed.ends_with('{') || trimmed.ends_with('}') {
        match block {
            Block::Prosedur => Want::Actors,
            Block::Step => Want::StepFields,
            Block::Sop => Want::SopItems,
            Block::Other => Want::Nothing,
        }
    } else {
        Want::Nothing
    };
    (want, word_start)
}

fn ends_with_arrow(line: &str) -> bool {
    line.ends_with("->") || line.ends_with("..>")
}

fn has_arrow(line: &str) -> bool {
    line.contains("->") || line.contains("..>")
}

/// `10`, `1,5`, `5-10`, `1 x 24`: a number a unit may follow.
fn ends_with_number(line: &str) -> bool {
    let Some(last) = line.rsplit(char::is_whitespace).next() else {
        return false;
    };
    let digits = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    if !(digits(last)
        || last
            .split_once('-')
            .is_some_and(|(a, b)| digits(a) && digits(b)))
    {
        return false;
    }
    // Only a `waktu` holds amounts; `nomor 4` does not take a unit.
    line.split_whitespace().any(|w| w == "waktu")
}

/// `keterangan a b `: ids and texts after the keyword, on its line.
fn after_keterangan(line: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    words.any(|w| w == "keterangan")
        && !line
            .rsplit_once("keterangan")
            .is_some_and(|(_, rest)| rest.split_whitespace().any(is_field))
}

fn is_field(word: &str) -> bool {
    STEP_FIELDS.contains(&word)
}

/// The innermost block open at the end of `text`, or `None` inside a text or a comment
/// (or outside every block).
fn block_at(text: &str) -> Option<Block> {
    let mut stack: Vec<Block> = Vec::new();
    let mut last_word = String::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    let mut in_text = false;
    let mut in_comment = false;
    while let Some(c) = chars.next() {
        if in_comment {
            if c == '\n' {
                in_comment = false;
            }
            continue;
        }
        if in_text {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' | '\n' => in_text = false,
                _ => {}
            }
            continue;
        }
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            last_word = std::mem::take(&mut word);
        }
        match c {
            '/' if chars.peek() == Some(&'/') => in_comment = true,
            '"' => {
                in_text = true;
                last_word.clear();
            }
            '{' => {
                let parent = stack.last().copied();
                let block = match (parent, last_word.as_str()) {
                    (None, _) => Block::Sop,
                    (Some(Block::Sop), "prosedur") => Block::Prosedur,
                    (Some(Block::Prosedur | Block::Step), _) => Block::Step,
                    _ => Block::Other,
                };
                stack.push(block);
                last_word.clear();
            }
            '}' => {
                stack.pop();
                last_word.clear();
            }
            c if c.is_whitespace() => {}
            _ => last_word.clear(),
        }
    }
    if in_text || in_comment {
        return None;
    }
    stack.last().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_end(text: &str) -> Want {
        want(text, text.len()).0
    }

    #[test]
    fn the_context_decides_what_is_offered() {
        let head = "sop \"A\" {\n  prosedur {\n    a: mulai staf \"x\" {\n";
        assert_eq!(at_end(&format!("{head}      -> ")), Want::Labels);
        assert_eq!(at_end(&format!("{head}      -> pe")), Want::Labels);
        assert_eq!(at_end(&format!("{head}      ya -> a, ")), Want::Labels);
        assert_eq!(at_end(&format!("{head}      waktu 10 ")), Want::Units);
        assert_eq!(at_end(&format!("{head}      waktu 5-10 me")), Want::Units);
        assert_eq!(at_end(&format!("{head}      nomor 4 ")), Want::Nothing);
        assert_eq!(at_end(&format!("{head}      keterangan ")), Want::Related);
        assert_eq!(at_end(&format!("{head}      ")), Want::StepFields);
        assert_eq!(
            at_end(&format!("{head}      output \"a {{ ")),
            Want::Nothing
        );
        assert_eq!(at_end(&format!("{head}    }}\n    ")), Want::Actors);
        assert_eq!(at_end(&format!("{head}    }}\n    b: ")), Want::Actors);
        assert_eq!(
            at_end(&format!("{head}    }}\n    keputusan ")),
            Want::Actors
        );
        assert_eq!(at_end("sop \"A\" {\n  "), Want::SopItems);
        assert_eq!(at_end("sop \"A\" {\n  // -> "), Want::Nothing);
    }
}
