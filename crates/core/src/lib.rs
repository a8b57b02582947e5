//! partnerctl's core: the domain records (`model`), times (`time`), every
//! rule, permission check and transaction (`service`), and the traits a
//! store implements (`store`). It knows nothing of SQL, the command line,
//! terminals or file formats; front-ends parse, call `service` and render.

pub mod error;
pub mod model;
pub mod names;
pub mod portable;
pub mod service;
pub mod store;
pub mod time;
