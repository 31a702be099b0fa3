//! The content mix over the calendar: which posts are promotional, and which pillar each
//! post belongs to.
//!
//! Promotional posts are placed by a low-discrepancy sequence over the posts in date order,
//! so any run of consecutive posts (a 4-week window, or the whole calendar) holds the
//! promotional share to within one post. Pillars are dealt by smooth weighted round robin,
//! which keeps every pillar near its share at every point, not only at the end.

use super::PillarSpec;

/// The promotional share actually applied: clamped to 0..=1 (NaN counts as 0), 0 when no
/// pillar is promotional, 1 when every pillar is (a plan must have somewhere to put posts).
pub fn effective_promo_share(share: f64, pillars: &[PillarSpec]) -> f64 {
    let share = if share.is_nan() {
        0.0
    } else {
        share.clamp(0.0, 1.0)
    };
    if pillars.is_empty() {
        return share;
    }
    if !pillars.iter().any(|p| p.promotional) {
        0.0
    } else if pillars.iter().all(|p| p.promotional) {
        1.0
    } else {
        share
    }
}

/// For `count` posts in date order, whether each is promotional: post `k` is when
/// `round((k + 1) * share)` steps up, so the first promotional post comes after some value
/// posts and promotional posts are evenly spaced.
pub fn promo_flags(count: usize, share: f64) -> Vec<bool> {
    let share = if share.is_nan() {
        0.0
    } else {
        share.clamp(0.0, 1.0)
    };
    let cumulative = |k: usize| (k as f64 * share + 0.5).floor();
    (0..count)
        .map(|k| cumulative(k + 1) > cumulative(k))
        .collect()
}

/// The pillar (index into `pillars`) of each post: promotional posts get promotional pillars,
/// the others the rest, each group dealt in proportion to the pillars' shares. `None` for
/// every post when there are no pillars.
pub fn assign_pillars(flags: &[bool], pillars: &[PillarSpec]) -> Vec<Option<usize>> {
    let mut promotional = Dealer::new(pillars, true);
    let mut value = Dealer::new(pillars, false);
    flags
        .iter()
        .map(|promo| {
            if *promo {
                promotional.next().or_else(|| value.next())
            } else {
                value.next().or_else(|| promotional.next())
            }
        })
        .collect()
}

/// Smooth weighted round robin over one group of pillars.
struct Dealer {
    /// (pillar index, weight, running credit).
    members: Vec<(usize, f64, f64)>,
    total: f64,
}

impl Dealer {
    fn new(pillars: &[PillarSpec], promotional: bool) -> Self {
        let weight = |p: &PillarSpec| {
            if p.share.is_finite() && p.share > 0.0 {
                p.share
            } else {
                0.0
            }
        };
        let mut members: Vec<(usize, f64, f64)> = pillars
            .iter()
            .enumerate()
            .filter(|(_, p)| p.promotional == promotional)
            .map(|(i, p)| (i, weight(p), 0.0))
            .collect();
        // A group whose shares are all zero or invalid is dealt evenly.
        if members.iter().all(|(_, w, _)| *w == 0.0) {
            for member in &mut members {
                member.1 = 1.0;
            }
        }
        let total = members.iter().map(|(_, w, _)| w).sum();
        Self { members, total }
    }

    fn next(&mut self) -> Option<usize> {
        for member in &mut self.members {
            member.2 += member.1;
        }
        // The largest credit wins; the earlier pillar on ties (deterministic).
        let mut best: Option<&mut (usize, f64, f64)> = None;
        for member in &mut self.members {
            if best.as_ref().is_none_or(|b| member.2 > b.2) {
                best = Some(member);
            }
        }
        let best = best?;
        best.2 -= self.total;
        Some(best.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pillar(id: &str, share: f64, promotional: bool) -> PillarSpec {
        let id = if id == "offer" { "product_offer" } else { id };
        PillarSpec {
            pillar: crate::core::pillar::Pillar::from_id(id).expect("a pillar id"),
            share,
            promotional,
        }
    }

    #[test]
    fn promotional_posts_follow_the_share_in_every_window() {
        for share in [0.0, 0.1, 0.2, 0.25, 1.0 / 3.0, 0.5, 0.9, 1.0] {
            let flags = promo_flags(200, share);
            for len in [1, 5, 12, 37, 200] {
                for start in 0..=(200 - len) {
                    let promos = flags[start..start + len].iter().filter(|f| **f).count() as f64;
                    assert!(
                        (promos - share * len as f64).abs() <= 1.0,
                        "share {share}, window {start}+{len}: {promos}"
                    );
                }
            }
        }
        assert!(
            !promo_flags(5, 0.2)[0],
            "the calendar does not open with a sales post"
        );
        assert_eq!(promo_flags(3, f64::NAN), vec![false; 3]);
    }

    #[test]
    fn the_share_is_zero_without_a_promotional_pillar() {
        let pillars = vec![
            pillar("education", 0.5, false),
            pillar("community", 0.5, false),
        ];
        assert_eq!(effective_promo_share(0.2, &pillars), 0.0);
        assert_eq!(
            effective_promo_share(0.2, &[pillar("offer", 1.0, true)]),
            1.0
        );
        assert_eq!(effective_promo_share(7.0, &[]), 1.0);
    }

    #[test]
    fn pillars_are_dealt_in_proportion_and_promotions_go_to_the_offer_pillar() {
        let pillars = vec![
            pillar("education", 0.4, false),
            pillar("behind_the_scenes", 0.2, false),
            pillar("social_proof", 0.2, false),
            pillar("offer", 0.2, true),
        ];
        let flags = promo_flags(100, 0.2);
        let assigned = assign_pillars(&flags, &pillars);
        let count = |i: usize| assigned.iter().filter(|p| **p == Some(i)).count();
        assert_eq!((count(0), count(1), count(2), count(3)), (40, 20, 20, 20));
        for (flag, pillar) in flags.iter().zip(&assigned) {
            assert_eq!(*flag, *pillar == Some(3));
        }
        assert_eq!(assign_pillars(&flags, &[]), vec![None; 100]);
    }
}
