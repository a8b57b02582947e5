//! The human table. Small results are laid out by comfy-table; a stream
//! longer than one page is printed with the column widths of its first page,
//! so memory stays bounded.

use std::io::Write;

use comfy_table::ContentArrangement;
use serde_json::{Map, Value};

use super::cell;
use crate::error::Result;

const PAGE: usize = 1000;

/// No borders; one rule under the header (comfy-table component order).
const STYLE: &str = "     ──            ";

pub struct Table {
    header: Vec<String>,
    /// Whether the header is printed (`--no-headers` drops it).
    show_header: bool,
    page: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
    /// The closing `TOTAL` row: totals by column name.
    footer: Option<Map<String, Value>>,
}

impl Table {
    pub fn new(footer: Option<Map<String, Value>>, show_header: bool) -> Table {
        Table { header: Vec::new(), show_header, page: Vec::new(), widths: None, footer }
    }

    pub fn push(&mut self, map: Map<String, Value>, out: &mut dyn Write) -> Result<()> {
        if self.header.is_empty() {
            self.header = map.keys().cloned().collect();
        }
        let row: Vec<String> = map.values().map(cell).collect();
        match &self.widths {
            Some(widths) => write_fixed(out, widths, &row)?,
            None => {
                self.page.push(row);
                if self.page.len() >= PAGE {
                    self.switch_to_fixed(out)?;
                }
            }
        }
        Ok(())
    }

    fn switch_to_fixed(&mut self, out: &mut dyn Write) -> Result<()> {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for row in &self.page {
            for (w, c) in widths.iter_mut().zip(row) {
                *w = (*w).max(c.chars().count());
            }
        }
        if self.show_header {
            write_fixed(out, &widths, &self.header)?;
        }
        for row in std::mem::take(&mut self.page) {
            write_fixed(out, &widths, &row)?;
        }
        self.widths = Some(widths);
        Ok(())
    }

    /// An empty result: the header of `columns` (and the `TOTAL` row).
    pub fn finish_empty(mut self, out: &mut dyn Write, columns: Vec<String>) -> Result<()> {
        self.header = columns;
        self.finish(out)
    }

    pub fn finish(mut self, out: &mut dyn Write) -> Result<()> {
        // `TOTAL` names the row in its first column without a total (with
        // `--fields` that may be any column, or none).
        let footer: Option<Vec<String>> = self.footer.take().map(|f| {
            let mut cells: Vec<Option<String>> = self.header.iter().map(|h| f.get(h).map(cell)).collect();
            if let Some(label) = cells.iter_mut().find(|c| c.is_none()) {
                *label = Some("TOTAL".into());
            }
            cells.into_iter().map(Option::unwrap_or_default).collect()
        });
        if let Some(widths) = &self.widths {
            if let Some(footer) = footer {
                write_fixed(out, widths, &footer)?;
            }
            return Ok(());
        }
        if self.header.is_empty() || (!self.show_header && self.page.is_empty() && footer.is_none()) {
            return Ok(());
        }
        let mut table = comfy_table::Table::new();
        table.load_preset(STYLE).set_content_arrangement(ContentArrangement::Disabled);
        if self.show_header {
            table.set_header(&self.header);
        }
        for row in &self.page {
            table.add_row(row);
        }
        if let Some(footer) = footer {
            table.add_row(footer);
        }
        writeln!(out, "{table}")?;
        Ok(())
    }
}

fn write_fixed(out: &mut dyn Write, widths: &[usize], row: &[String]) -> Result<()> {
    let mut line = String::new();
    for (i, (w, c)) in widths.iter().zip(row).enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(c);
        if i + 1 < row.len() {
            line.extend(std::iter::repeat_n(' ', w.saturating_sub(c.chars().count())));
        }
    }
    writeln!(out, "{line}")?;
    Ok(())
}
