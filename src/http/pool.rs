//! A small pool of stores for the server. Stores are synchronous (a
//! PostgreSQL client even runs its own runtime inside, and panics when
//! created, used or dropped on an async worker), so every use of one, its
//! opening and its dropping included, happens on a blocking thread.

use std::sync::{Arc, Mutex};

use tokio::sync::Semaphore;

use crate::error::{Error, Kind, Result};
use crate::store::Store;
use partnerctl_core::error::Fault;

/// Opens one more store the way the command line opens its one.
pub type Opener = Box<dyn Fn() -> Result<Box<dyn Store>> + Send + Sync>;

pub struct StorePool {
    open: Opener,
    idle: Mutex<Vec<Box<dyn Store>>>,
    /// One permit per store in use, so at most `size` connections are open.
    permits: Arc<Semaphore>,
}

impl StorePool {
    /// A pool of up to `size` stores, starting with `first`.
    pub fn new(open: Opener, first: Box<dyn Store>, size: usize) -> StorePool {
        StorePool { open, idle: Mutex::new(vec![first]), permits: Arc::new(Semaphore::new(size)) }
    }

    /// Runs `job` with a store on a blocking thread. The permit travels with
    /// the job, so a request that times out still holds its store until the
    /// job ends.
    pub async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        job: impl FnOnce(&dyn Store) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let permit =
            Arc::clone(&self.permits).acquire_owned().await.map_err(|_| Error::internal("the store pool is closed"))?;
        let pool = Arc::clone(self);
        let joined = tokio::task::spawn_blocking(move || {
            let result = pool.with_store(job);
            drop(permit);
            result
        })
        .await;
        joined.map_err(|e| Error::internal(format!("a request's use case failed: {e}")))?
    }

    fn with_store<T>(&self, job: impl FnOnce(&dyn Store) -> Result<T>) -> Result<T> {
        let reused = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let store = match reused {
            Some(store) => store,
            None => (self.open)()?,
        };
        let result = job(&*store);
        // A store that lost its database may hold a dead connection: the
        // next job opens a fresh one instead.
        let lost = matches!(&result, Err(e) if e.kind == Kind::Database(Fault::Unavailable));
        if !lost {
            self.idle.lock().unwrap_or_else(|e| e.into_inner()).push(store);
        }
        result
    }

    /// Closes every idle store; call from outside the async runtime.
    pub fn close(&self) {
        self.idle.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}
