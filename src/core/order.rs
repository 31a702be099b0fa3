//! One sort for the whole app.
//!
//! Why this exists: every `sort`, `sort_by` or `sort_by_key` on a new element or key type
//! compiles another copy of the standard library's stable sort into the wasm (about 1.7 KB
//! each; the release build had 45 of them, 75 KB of code before compression, docs/size.md).
//! Here the standard sort is compiled once, over `u32` positions with a comparator behind
//! `dyn`; what stays generic per caller is only the short loop that moves the items into
//! their new order. The sort is stable, like `slice::sort_by`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items (stable).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&i| taken.get_mut(i as usize).and_then(Option::take)),
    );
}

/// Sorts `items` by the key `key` gives each (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by their own order (stable).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` gives them: the one place the standard sort
/// is instantiated.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..len).map(|i| i as u32).collect();
    positions.sort_by(|a, b| compare(*a as usize, *b as usize));
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut ours: Vec<(u8, &str)> = vec![(3, "c"), (1, "a"), (3, "a"), (2, "z"), (1, "b")];
        let mut std_sorted = ours.clone();
        sort_by_key(&mut ours, |p| p.0);
        std_sorted.sort_by_key(|p| p.0);
        assert_eq!(ours, std_sorted, "equal keys keep their order");
        assert_eq!(ours, vec![(1, "a"), (1, "b"), (2, "z"), (3, "c"), (3, "a")]);
    }

    #[test]
    fn handles_empty_single_and_reversed_lists() {
        let mut empty: Vec<u32> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, vec![7]);
        let mut many: Vec<u32> = (0..500).rev().collect();
        sort(&mut many);
        assert_eq!(many, (0..500).collect::<Vec<_>>());
        let mut desc = vec![1, 3, 2];
        sort_by(&mut desc, |a, b| b.cmp(a));
        assert_eq!(desc, vec![3, 2, 1]);
    }

    #[test]
    fn moves_owned_values_without_losing_any() {
        let mut names: Vec<String> = ["pear", "apple", "fig", "apple"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut names);
        assert_eq!(names, vec!["apple", "apple", "fig", "pear"]);
    }
}
