//! The copies of stored text kept aside (an unreadable store, or the original of a migrated
//! one): their keys, dates and sizes, for the plans panel to list them. The first build kept
//! one copy under [`BACKUP_KEY`] (no date); now each copy has a key of its own,
//! `rotta.store.backup.<ms>`, named after when it was kept. Both are listed. A copy is only
//! ever deleted by the user, after a confirmation (docs/storage.md).

use super::BACKUP_KEY;

/// One kept copy, as the plans panel lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// Its storage key.
    pub key: String,
    /// When it was kept (ms since 1970); `None` for the undated key of earlier builds.
    pub saved_ms: Option<i64>,
    /// Its size in bytes (UTF-8), as a download of it would be.
    pub bytes: usize,
}

/// The key for a copy kept at `now_ms`, which no key in use (`taken`) has: two copies kept in
/// the same millisecond get the next free one, so none replaces another.
pub fn backup_key(now_ms: i64, taken: impl Fn(&str) -> bool) -> String {
    let mut ms = now_ms.max(0);
    loop {
        let key = format!("{BACKUP_KEY}.{ms}");
        if !taken(&key) || ms == i64::MAX {
            return key;
        }
        ms += 1;
    }
}

/// When the copy under `key` was kept: `Some(None)` for the undated key of earlier builds,
/// `None` when `key` is not a backup key.
pub fn backup_time(key: &str) -> Option<Option<i64>> {
    if key == BACKUP_KEY {
        return Some(None);
    }
    let digits = key.strip_prefix(BACKUP_KEY)?.strip_prefix('.')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<i64>().ok().map(Some)
}

/// The kept copies among `entries` (every key in storage with the size of its text), newest
/// first, the undated one last.
pub fn list_backups(entries: impl IntoIterator<Item = (String, usize)>) -> Vec<Backup> {
    let mut backups: Vec<Backup> = entries
        .into_iter()
        .filter_map(|(key, bytes)| {
            backup_time(&key).map(|saved_ms| Backup {
                key,
                saved_ms,
                bytes,
            })
        })
        .collect();
    crate::core::order::sort_by(&mut backups, |a, b| {
        b.saved_ms.cmp(&a.saved_ms).then_with(|| a.key.cmp(&b.key))
    });
    backups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_are_listed_newest_first_with_the_undated_one_last() {
        let entries = [
            ("rotta.store".to_string(), 10),
            ("rotta.store.backup".to_string(), 20),
            ("rotta.store.backup.1700000000000".to_string(), 30),
            ("rotta.store.backup.1800000000000".to_string(), 40),
            ("rotta.store.backup.x1".to_string(), 1),
            ("rotta.store.backup.".to_string(), 1),
            ("rotta.store.backupx".to_string(), 1),
            ("other".to_string(), 1),
        ];
        let listed = list_backups(entries);
        let keys: Vec<_> = listed.iter().map(|b| (b.saved_ms, b.bytes)).collect();
        assert_eq!(
            keys,
            [
                (Some(1_800_000_000_000), 40),
                (Some(1_700_000_000_000), 30),
                (None, 20)
            ]
        );
    }

    #[test]
    fn a_new_backup_never_takes_a_key_in_use() {
        let taken = ["rotta.store.backup.5", "rotta.store.backup.6"];
        assert_eq!(
            backup_key(5, |k| taken.contains(&k)),
            "rotta.store.backup.7"
        );
        assert_eq!(backup_key(9, |_| false), "rotta.store.backup.9");
        assert_eq!(backup_time(&backup_key(9, |_| false)), Some(Some(9)));
    }
}
