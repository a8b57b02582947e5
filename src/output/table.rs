//! The human table (SPEC §2.3): human columns first, ids and secondary
//! timestamps only with `--wide`, fitted to the terminal width with long
//! cells cut by `…`; nothing is cut when stdout is not a terminal. Column
//! widths come from the first page of rows, so a stream of any length keeps
//! one layout and bounded memory.

use std::io::Write;

use serde_json::{Map, Value};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::cell;
use crate::error::Result;

/// Rows buffered to size the columns.
const PAGE: usize = 1000;
const GAP: &str = "  ";
/// The narrowest a column is cut to; below that, columns are left out.
const MIN_COLUMN: usize = 4;

/// How the table meets the terminal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// The terminal's width; `None` when stdout is not a terminal (nothing cut).
    pub width: Option<usize>,
    /// `--wide`: ids and every timestamp too.
    pub wide: bool,
}

impl Layout {
    /// The layout of this process's stdout: its terminal size, else
    /// `COLUMNS`, else 100; no width when stdout is not a terminal.
    pub fn of_stdout(wide: bool) -> Layout {
        use std::io::IsTerminal;
        let stdout = std::io::stdout();
        let width = stdout.is_terminal().then(|| {
            terminal_size::terminal_size_of(&stdout)
                .map(|(w, _)| usize::from(w.0))
                .filter(|w| *w > 0)
                .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok().filter(|w| *w > 0))
                .unwrap_or(100)
        });
        Layout { width, wide }
    }
}

pub struct Table {
    layout: Layout,
    /// `--fields` chose the columns: every one is shown, in that order.
    chosen: bool,
    /// Whether the header is printed (`--no-headers` drops it).
    show_header: bool,
    /// The record's fields, and which of them are shown, in display order.
    names: Vec<String>,
    shown: Vec<usize>,
    /// The first page: the shown cells of each row.
    page: Vec<Vec<String>>,
    /// Set once the first page is printed.
    widths: Option<Vec<usize>>,
    /// The closing `TOTAL` row: totals by column name.
    footer: Option<Map<String, Value>>,
}

impl Table {
    pub fn new(layout: Layout, chosen: bool, footer: Option<Map<String, Value>>, show_header: bool) -> Table {
        Table {
            layout,
            chosen,
            show_header,
            names: Vec::new(),
            shown: Vec::new(),
            page: Vec::new(),
            widths: None,
            footer,
        }
    }

    pub fn push(&mut self, map: Map<String, Value>, out: &mut dyn Write) -> Result<()> {
        let values: Vec<Value> = if self.names.is_empty() {
            let (names, values) = map.into_iter().unzip();
            self.names = names;
            self.shown = self.choose(Some(&values));
            values
        } else {
            map.into_iter().map(|(_, v)| v).collect()
        };
        let row: Vec<String> = self.shown.iter().map(|&i| table_cell(&values[i])).collect();
        match &self.widths {
            Some(widths) => write_row(out, widths, &row, self.layout.width.is_some())?,
            None => {
                self.page.push(row);
                if self.page.len() >= PAGE {
                    self.print_page(out)?;
                }
            }
        }
        Ok(())
    }

    /// The shown columns: all with `--fields` (in its order); with `--wide`
    /// all, ids last; otherwise neither text ids (`id`, `*_id`: a numeric id
    /// such as an audit row's stays) nor any timestamp but the first.
    fn choose(&self, values: Option<&Vec<Value>>) -> Vec<usize> {
        let all = 0..self.names.len();
        if self.chosen {
            return all.collect();
        }
        let is_id = |i: &usize| {
            let name = &self.names[*i];
            (name == "id" || name.ends_with("_id")) && !values.is_some_and(|v| v[*i].is_number())
        };
        if self.layout.wide {
            let (ids, rest): (Vec<usize>, Vec<usize>) = all.partition(is_id);
            return rest.into_iter().chain(ids).collect();
        }
        let mut seen_time = false;
        all.filter(|i| !is_id(i))
            .filter(|&i| {
                let name = &self.names[i];
                let is_time = name == "at" || name.ends_with("_at");
                let keep = !(is_time && seen_time);
                seen_time |= is_time;
                keep
            })
            .collect()
    }

    fn header(&self) -> Vec<String> {
        self.shown.iter().map(|&i| self.names[i].clone()).collect()
    }

    /// The `TOTAL` row: it names itself in its first column without a total
    /// (with `--fields` that may be any column, or none).
    fn footer_row(&self) -> Option<Vec<String>> {
        let totals = self.footer.as_ref()?;
        let mut cells: Vec<Option<String>> =
            self.shown.iter().map(|&i| totals.get(&self.names[i]).map(table_cell)).collect();
        if let Some(label) = cells.iter_mut().find(|c| c.is_none()) {
            *label = Some("TOTAL".into());
        }
        Some(cells.into_iter().map(Option::unwrap_or_default).collect())
    }

    /// Sizes the columns on the first page (and the footer) and prints it.
    fn print_page(&mut self, out: &mut dyn Write) -> Result<()> {
        let mut header = self.header();
        let footer = self.footer_row();
        let mut cells = vec![0; header.len()];
        for row in self.page.iter().chain(&footer) {
            for (w, c) in cells.iter_mut().zip(row) {
                *w = (*w).max(c.width());
            }
        }
        let full: usize = header.iter().zip(&cells).map(|(h, c)| h.width().max(*c) + GAP.len()).sum();
        if self.layout.width.is_some_and(|width| full > width + GAP.len()) {
            header = header.iter().map(|h| short_header(h).to_string()).collect();
        }
        let heading: Vec<usize> =
            if self.show_header { header.iter().map(|h| h.width()).collect() } else { vec![0; header.len()] };
        let widths = match self.layout.width {
            Some(width) => fit(&heading, &cells, width),
            None => heading.iter().zip(&cells).map(|(h, c)| (*h).max(*c)).collect(),
        };
        if let (Some(width), true) = (self.layout.width, widths.len() < header.len()) {
            let note =
                format!("note: left out to fit {width} columns (see --fields): {}", header[widths.len()..].join(", "));
            eprintln!("{}", cut(&note, width));
        }
        let cut = self.layout.width.is_some();
        if self.show_header {
            write_row(out, &widths, &header, cut)?;
            let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
            write_row(out, &widths, &rule, cut)?;
        }
        for row in std::mem::take(&mut self.page) {
            write_row(out, &widths, &row, cut)?;
        }
        self.widths = Some(widths);
        Ok(())
    }

    /// An empty result: the header of `columns` (and the `TOTAL` row).
    pub fn finish_empty(mut self, out: &mut dyn Write, columns: Vec<String>) -> Result<()> {
        self.names = columns;
        self.shown = self.choose(None);
        self.finish(out)
    }

    pub fn finish(mut self, out: &mut dyn Write) -> Result<()> {
        if self.names.is_empty() || (!self.show_header && self.page.is_empty() && self.footer.is_none()) {
            return Ok(());
        }
        if self.widths.is_none() {
            self.print_page(out)?;
        }
        if let (Some(widths), Some(footer)) = (&self.widths, self.footer_row()) {
            write_row(out, widths, &footer, self.layout.width.is_some())?;
        }
        Ok(())
    }
}

/// A shorter header for a long field name, used when a table does not fit
/// its terminal (SPEC §2.3 lets the table abbreviate headers; `--fields`
/// still takes the field names).
fn short_header(name: &str) -> &str {
    match name {
        "invites_today" => "today",
        "invites_today_limit" => "limit",
        "invites_today_remaining" => "left",
        "can_invite" => "invite",
        "can_manage_events" => "events",
        "can_view_metrics" => "metrics",
        "can_manage_members" => "members",
        "can_manage_billing" => "billing",
        "partner_slug" => "partner",
        "user_email" => "user",
        "event_slug" => "event",
        "receiver_email" => "receiver",
        "inviter_kind" => "kind",
        "inviter_name" => "inviter",
        "issued_by_email" => "issued_by",
        "issuer_email" => "issuer",
        "credited_acceptance" => "credited",
        "closed_duplicate" => "dup",
        "acceptance_rate" => "rate",
        "host_partner_slug" => "host",
        "manager_partners" => "managers",
        "target_kind" => "target",
        "display_name" => "name",
        "limit_key" => "limit",
        "remaining" => "left",
        other => other,
    }
}

/// One record as `field: value` lines (a command about one record).
pub fn write_fields(out: &mut dyn Write, map: &Map<String, Value>, layout: Layout) -> Result<()> {
    for (name, value) in map {
        let text = table_cell(value);
        let room = layout.width.map(|w| w.saturating_sub(name.width() + 2));
        let text = room.map_or(text.clone(), |room| cut(&text, room));
        writeln!(out, "{}", format!("{name}: {text}").trim_end())?;
    }
    Ok(())
}

/// Column widths that fit `width`, from the widths of each column's header
/// and cells: headers are cut first (down to their cells), then the widest
/// columns are narrowed to a common cap; when even `MIN_COLUMN` each is too
/// wide, the last columns are left out (the result is shorter).
fn fit(header: &[usize], cells: &[usize], width: usize) -> Vec<usize> {
    let full: Vec<usize> = header.iter().zip(cells).map(|(h, c)| (*h).max(*c)).collect();
    let mut count = full.len();
    loop {
        let budget = width.saturating_sub(GAP.len() * count.saturating_sub(1));
        if full[..count].iter().sum::<usize>() <= budget {
            return full[..count].to_vec();
        }
        let squeezed: Vec<usize> =
            header[..count].iter().zip(cells).map(|(h, c)| (*c).max((*h).min(MIN_COLUMN))).collect();
        if let Some(mut spare) = budget.checked_sub(squeezed.iter().sum()) {
            // Headers get back what room is left, first columns first.
            return squeezed
                .iter()
                .zip(&full)
                .map(|(&s, &f)| {
                    let extra = (f - s).min(spare);
                    spare -= extra;
                    s + extra
                })
                .collect();
        }
        if count == 1 {
            return vec![budget.max(1)];
        }
        let at_cap = |cap: usize| squeezed.iter().map(|w| (*w).min(cap)).sum::<usize>();
        if at_cap(MIN_COLUMN) > budget {
            count -= 1;
            continue;
        }
        let (mut low, mut high) = (MIN_COLUMN, squeezed.iter().copied().max().unwrap_or(MIN_COLUMN));
        while low < high {
            let mid = (low + high).div_ceil(2);
            if at_cap(mid) <= budget {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        let mut spare = budget - at_cap(low);
        return squeezed
            .iter()
            .map(|&w| {
                let extra = usize::from(w > low && spare > 0);
                spare -= extra;
                w.min(low) + extra
            })
            .collect();
    }
}

/// `text` in at most `width` columns, ending in `…` when cut.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut kept = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        kept.push(ch);
        used += w;
    }
    if width > 0 {
        kept.push('…');
    }
    kept
}

/// One line: cells padded to their widths, cut to them on a terminal.
fn write_row(out: &mut dyn Write, widths: &[usize], row: &[String], cut_cells: bool) -> Result<()> {
    let mut line = String::new();
    for (i, (&w, c)) in widths.iter().zip(row).enumerate() {
        if i > 0 {
            line.push_str(GAP);
        }
        let text = if cut_cells { cut(c, w) } else { c.clone() };
        let pad = w.saturating_sub(text.width());
        line.push_str(&text);
        line.extend(std::iter::repeat_n(' ', pad));
    }
    writeln!(out, "{}", line.trim_end())?;
    Ok(())
}

/// A value as a table cell: `cell()`, objects summarised, control
/// characters shown as spaces so a row stays one line.
fn table_cell(value: &Value) -> String {
    let text = match value {
        Value::Object(map) => summary(map),
        Value::Array(items) => items.iter().map(table_cell).collect::<Vec<_>>().join(";"),
        other => cell(other),
    };
    if text.chars().any(char::is_control) {
        return text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    }
    text
}

/// The fields that name a record for people, in a summary.
const HUMAN_KEYS: [&str; 9] =
    ["slug", "email", "user_email", "partner_slug", "event_slug", "receiver_email", "name", "title", "display_name"];

/// An object (an audit row's `details`) in a few words: what a change
/// changed (`status: pending→declined`), the human keys of a created or
/// removed record, other scalars as they are and the size of the rest.
fn summary(map: &Map<String, Value>) -> String {
    let record = |key: &str| map.get(key).and_then(Value::as_object);
    let mut parts = Vec::new();
    match (record("before"), record("after")) {
        (Some(before), Some(after)) => {
            for (key, new) in after {
                let old = before.get(key).unwrap_or(&Value::Null);
                if old != new {
                    parts.push(format!("{key}: {}→{}", brief(old), brief(new)));
                }
            }
            if parts.is_empty() {
                parts.push("unchanged".into());
            }
        }
        (None, Some(only)) => parts.push(format!("new {}", human_keys(only))),
        (Some(only), None) => parts.push(format!("removed {}", human_keys(only))),
        (None, None) => {}
    }
    for (key, value) in map {
        if key == "before" || key == "after" {
            continue;
        }
        parts.push(format!("{key}: {}", brief(value)));
    }
    parts.join(", ")
}

fn human_keys(record: &Map<String, Value>) -> String {
    let keys: Vec<String> = record
        .iter()
        .filter(|(k, _)| HUMAN_KEYS.contains(&k.as_str()))
        .map(|(k, v)| format!("{k}: {}", brief(v)))
        .collect();
    if keys.is_empty() {
        format!("{{{} fields}}", record.len())
    } else {
        keys.join(", ")
    }
}

fn brief(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Array(items) => format!("[{} items]", items.len()),
        Value::Object(map) => format!("{{{} fields}}", map.len()),
        other => cell(other),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn fit_narrows_the_widest_columns_then_leaves_columns_out() {
        assert_eq!(fit(&[5, 10, 3], &[2, 4, 3], 80), vec![5, 10, 3]);
        // Headers are cut first, to their cells (at least MIN_COLUMN)...
        assert_eq!(fit(&[20, 20, 4], &[2, 10, 4], 30), vec![12, 10, 4]);
        // ...then the widest cells.
        assert_eq!(fit(&[4, 4, 4], &[5, 40, 30], 40), vec![5, 16, 15]);
        let narrow = fit(&[20; 30], &[20; 30], 40);
        assert!(narrow.len() < 30 && narrow.iter().sum::<usize>() + 2 * (narrow.len() - 1) <= 40, "{narrow:?}");
        assert_eq!(fit(&[4], &[200], 80), vec![80]);
    }

    #[test]
    fn cut_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(cut("blue-note", 20), "blue-note");
        assert_eq!(cut("blue-note", 5), "blue…");
        assert_eq!(cut("日本語テキスト", 5), "日本…");
    }

    #[test]
    fn a_change_is_summarised_by_what_it_changed() {
        let details = json!({
            "before": {"status": "pending", "viewed_at": null},
            "after": {"status": "declined", "viewed_at": "2026-12-01T23:41:26Z"},
            "closed_duplicates": ["a", "b"],
        });
        assert_eq!(
            table_cell(&details),
            "status: pending→declined, viewed_at: null→2026-12-01T23:41:26Z, closed_duplicates: [2 items]"
        );
        let created = json!({"before": null, "after": {"id": "x", "slug": "old-hall", "name": "Old Hall"}});
        assert_eq!(table_cell(&created), "new slug: old-hall, name: Old Hall");
    }
}
