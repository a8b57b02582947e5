//! Partner memberships (SPEC §1.4).
