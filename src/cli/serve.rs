use clap::Args;

use crate::error::{Error, Result};
use crate::http::ServeOptions;

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    partnerctl serve\n  \
    partnerctl serve --listen 0.0.0.0:9000 --cors-origin https://app.example.com\n\
    (then: curl -H \"Authorization: Bearer SECRET\" http://127.0.0.1:8080/v1/me,\n\
    SECRET from `partnerctl token create`)")]
pub struct ServeArgs {
    /// Address to listen on (port 0: any free port; the bound address is printed on stderr)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Let a browser app on this origin call the API, e.g. https://app.example.com (repeatable)
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    pub cors_origins: Vec<String>,
}

impl ServeArgs {
    /// `tenant`: the global `--tenant`, which limits the server to that tenant's tokens.
    pub fn options(&self, tenant: Option<String>) -> Result<ServeOptions> {
        for origin in &self.cors_origins {
            let shaped = origin.starts_with("http://") || origin.starts_with("https://");
            if !shaped || origin.ends_with('/') || origin.contains('*') {
                return Err(Error::invalid_input(format!(
                    "invalid --cors-origin {origin:?}: use scheme://host[:port] such as https://app.example.com (no wildcard, no path)"
                )));
            }
        }
        Ok(ServeOptions { listen: self.listen.clone(), cors_origins: self.cors_origins.clone(), tenant })
    }
}
