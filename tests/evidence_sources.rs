//! The evidence table cites publishers, not reposts: no source's address is on a host known
//! to copy or resell other people's studies, or on an unrelated blog that was cited once.
//!
//! The deny list lives here, outside `src/`, so the house-rule check that scans `src/` for
//! repost hosts finds none there.

use rotta::core::engine::evidence::{SOURCES, url_host};

/// Hosts (or host and path prefixes) of reposts and unrelated blogs that sources once cited.
const REPOSTS_AND_UNRELATED_BLOGS: &[&str] = &[
    "4pmtech",
    "fb0t",
    "revlocal",
    "codesm",
    "agencylist",
    "socialmediatoday.com/news/report-best",
    "odwyerpr",
    "eproductions",
    "lindseywagnon",
    "agencycloud9",
    "imab2b",
    "soworker",
    "wordpress.com",
    "thryv",
    "business2community",
    "plangphalla",
    "businessesgrow",
    "momgrind",
    "haveandhold",
    "strategicstudyindia",
    "mediapost",
    "lametasociale",
    "youthcoders",
    "studylib",
    "blakfy",
    "trustypost",
    "medium.com",
];

#[test]
fn reposts_and_unrelated_blogs_are_gone() {
    for s in SOURCES {
        for host in REPOSTS_AND_UNRELATED_BLOGS {
            assert!(!s.url.contains(host), "{}: {}", s.id, s.url);
        }
    }
}

#[test]
fn the_deny_list_would_catch_a_repost() {
    let repost = "https://www.business2community.com/social-media/how-often-to-post";
    assert_eq!(url_host(repost), "business2community.com");
    assert!(
        REPOSTS_AND_UNRELATED_BLOGS
            .iter()
            .any(|host| repost.contains(host))
    );
}
