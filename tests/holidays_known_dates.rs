//! Public holidays and marketing days against published dates: every supported country,
//! Easter-dependent days in twelve years (reference dates from python-dateutil's Easter,
//! an independent implementation), leap years, and each change of law Rotta knows of.

use chrono::NaiveDate;
use rotta::core::holidays::{Holiday, marketing_days, public_holidays};
use rotta::core::model::Locale;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dates(country: &str, year: i32) -> Vec<NaiveDate> {
    public_holidays(country, year, Locale::En)
        .into_iter()
        .map(|h| h.date)
        .collect()
}

fn named(country: &str, year: i32, locale: Locale, date: &str) -> Vec<String> {
    public_holidays(country, year, locale)
        .into_iter()
        .filter(|h| h.date == d(date))
        .map(|h| h.name)
        .collect()
}

fn has(country: &str, date: &str) -> bool {
    let date = d(date);
    dates(country, chrono::Datelike::year(&date)).contains(&date)
}

#[test]
fn italy_2027_in_full_with_italian_names() {
    let list: Vec<(String, String)> = public_holidays("IT", 2027, Locale::It)
        .into_iter()
        .map(|Holiday { date, name }| (date.to_string(), name))
        .collect();
    let expected = [
        ("2027-01-01", "Capodanno"),
        ("2027-01-06", "Epifania"),
        ("2027-03-28", "Pasqua"),
        ("2027-03-29", "Lunedì dell'Angelo (Pasquetta)"),
        ("2027-04-25", "Festa della Liberazione"),
        ("2027-05-01", "Festa dei lavoratori"),
        ("2027-06-02", "Festa della Repubblica"),
        ("2027-08-15", "Ferragosto"),
        ("2027-10-04", "San Francesco d'Assisi, patrono d'Italia"),
        ("2027-11-01", "Ognissanti"),
        ("2027-12-08", "Immacolata Concezione"),
        ("2027-12-25", "Natale"),
        ("2027-12-26", "Santo Stefano"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(list, expected);
}

#[test]
fn italian_changes_of_law() {
    // Republic Day: first Sunday of June until 2000, back on 2 June from 2001.
    assert!(has("IT", "2000-06-04") && !has("IT", "2000-06-02"));
    assert!(has("IT", "2001-06-02"));
    // St Francis restored from 2026 (a Sunday that year).
    assert!(!has("IT", "2025-10-04"));
    assert!(has("IT", "2026-10-04") && has("IT", "2100-10-04"));
    // 4 November has not been a holiday since 1977.
    for year in 2000..=2100 {
        assert!(!dates("IT", year).contains(&NaiveDate::from_ymd_opt(year, 11, 4).unwrap()));
    }
}

#[test]
fn easter_dependent_days_in_twelve_years() {
    // year, Easter Monday, Good Friday, Ascension, Whit Monday.
    let table = [
        (
            "2000",
            "2000-04-24",
            "2000-04-21",
            "2000-06-01",
            "2000-06-12",
        ),
        (
            "2003",
            "2003-04-21",
            "2003-04-18",
            "2003-05-29",
            "2003-06-09",
        ),
        (
            "2008",
            "2008-03-24",
            "2008-03-21",
            "2008-05-01",
            "2008-05-12",
        ),
        (
            "2011",
            "2011-04-25",
            "2011-04-22",
            "2011-06-02",
            "2011-06-13",
        ),
        (
            "2013",
            "2013-04-01",
            "2013-03-29",
            "2013-05-09",
            "2013-05-20",
        ),
        (
            "2019",
            "2019-04-22",
            "2019-04-19",
            "2019-05-30",
            "2019-06-10",
        ),
        (
            "2024",
            "2024-04-01",
            "2024-03-29",
            "2024-05-09",
            "2024-05-20",
        ),
        (
            "2038",
            "2038-04-26",
            "2038-04-23",
            "2038-06-03",
            "2038-06-14",
        ),
        (
            "2049",
            "2049-04-19",
            "2049-04-16",
            "2049-05-27",
            "2049-06-07",
        ),
        (
            "2062",
            "2062-03-27",
            "2062-03-24",
            "2062-05-04",
            "2062-05-15",
        ),
        (
            "2087",
            "2087-04-21",
            "2087-04-18",
            "2087-05-29",
            "2087-06-09",
        ),
        (
            "2100",
            "2100-03-29",
            "2100-03-26",
            "2100-05-06",
            "2100-05-17",
        ),
    ];
    for (year, easter_monday, good_friday, ascension, whit_monday) in table {
        for country in ["IT", "GB", "DE", "FR"] {
            assert!(
                has(country, easter_monday),
                "{country} Easter Monday {year}"
            );
        }
        for country in ["GB", "DE", "ES"] {
            assert!(has(country, good_friday), "{country} Good Friday {year}");
        }
        for country in ["DE", "FR"] {
            assert!(has(country, ascension), "{country} Ascension {year}");
            assert!(has(country, whit_monday), "{country} Whit Monday {year}");
        }
        assert!(
            !has("US", easter_monday) && !has("US", good_friday),
            "no Easter holidays in the US {year}"
        );
    }
}

#[test]
fn leap_years_and_century_years() {
    // 2024 and 2000 are leap years, 2100 is not: dates after February stay right.
    assert!(has("US", "2024-02-19"), "Washington's Birthday 2024");
    assert!(has("GB", "2024-05-27") && has("GB", "2024-08-26"));
    assert!(has("US", "2000-02-21") && has("US", "2000-11-23"));
    assert!(has("GB", "2100-05-31") && has("US", "2100-11-25"));
    let mothering_2024 = marketing_days("GB", 2024, Locale::En)
        .into_iter()
        .find(|m| m.name == "Mother's Day");
    assert_eq!(mothering_2024.map(|m| m.date), Some(d("2024-03-10")));
}

#[test]
fn england_and_wales_changes_of_law_and_substitute_days() {
    // 2002 Golden Jubilee: spring bank holiday moved to Tuesday 4 June, extra Monday 3 June.
    assert!(has("GB", "2002-06-03") && has("GB", "2002-06-04") && !has("GB", "2002-05-27"));
    assert!(has("GB", "2011-04-29"), "royal wedding");
    // 2012 Diamond Jubilee: spring holiday on Monday 4 June, extra Tuesday 5 June.
    assert!(has("GB", "2012-06-04") && has("GB", "2012-06-05") && !has("GB", "2012-05-28"));
    // 2020: early May bank holiday moved to Friday 8 May for VE Day.
    assert!(has("GB", "2020-05-08") && !has("GB", "2020-05-04"));
    // 2022: spring holiday Thursday 2 June, Platinum Jubilee Friday 3 June, funeral 19 September.
    assert!(has("GB", "2022-06-02") && has("GB", "2022-06-03") && !has("GB", "2022-05-30"));
    assert!(has("GB", "2022-09-19"));
    assert!(
        has("GB", "2023-05-08") && has("GB", "2023-05-01"),
        "coronation and early May"
    );
    assert!(!has("GB", "2024-05-08"), "one-offs do not repeat");
    // Substitute days.
    assert_eq!(
        named("GB", 2022, Locale::En, "2022-01-03"),
        vec!["New Year's Day (substitute day)"]
    );
    assert_eq!(
        named("GB", 2017, Locale::En, "2017-01-02"),
        vec!["New Year's Day (substitute day)"]
    );
    assert_eq!(
        named("GB", 2021, Locale::En, "2021-12-27"),
        vec!["Christmas Day (substitute day)"]
    );
    assert_eq!(
        named("GB", 2021, Locale::En, "2021-12-28"),
        vec!["Boxing Day (substitute day)"]
    );
    assert_eq!(
        named("GB", 2022, Locale::En, "2022-12-27"),
        vec!["Christmas Day (substitute day)"]
    );
    assert_eq!(
        named("GB", 2020, Locale::En, "2020-12-28"),
        vec!["Boxing Day (substitute day)"]
    );
    assert_eq!(
        named("GB", 2027, Locale::It, "2027-12-28"),
        vec!["Boxing Day (Santo Stefano) (giorno sostitutivo)"]
    );
    assert!(
        !has("GB", "2023-12-27"),
        "no substitute when Christmas is a Monday"
    );
}

#[test]
fn united_states_juneteenth_and_observed_days() {
    assert!(
        !has("US", "2020-06-19"),
        "Juneteenth became a federal holiday in 2021"
    );
    assert_eq!(
        named("US", 2021, Locale::En, "2021-06-18"),
        vec!["Juneteenth National Independence Day (observed)"]
    );
    assert_eq!(
        named("US", 2022, Locale::En, "2022-06-20"),
        vec!["Juneteenth National Independence Day (observed)"]
    );
    assert_eq!(
        named("US", 2021, Locale::En, "2021-07-05"),
        vec!["Independence Day (observed)"]
    );
    // New Year's Day 2022 was a Saturday: observed on Friday 31 December 2021.
    assert_eq!(
        named("US", 2021, Locale::En, "2021-12-31"),
        vec!["New Year's Day (observed)"]
    );
    assert!(
        !has("US", "2022-12-31"),
        "New Year's Day 2023 was a Sunday: observed on 2 January"
    );
    assert_eq!(
        named("US", 2023, Locale::En, "2023-01-02"),
        vec!["New Year's Day (observed)"]
    );
    assert!(has("US", "2027-01-18") && has("US", "2027-02-15") && has("US", "2027-05-31"));
    assert!(has("US", "2027-09-06") && has("US", "2027-10-11") && has("US", "2027-11-25"));
    assert!(has("US", "2000-01-17"), "Martin Luther King Day 2000");
    // 2027: 11 holidays, plus four observed days: Juneteenth, Christmas and New Year's Day
    // 2028 fall on Saturdays (observed the Friday before), Independence Day on a Sunday.
    assert_eq!(dates("US", 2027).len(), 15);
    assert!(has("US", "2027-06-18") && has("US", "2027-12-24") && has("US", "2027-12-31"));
    assert!(has("US", "2027-07-05"));
}

#[test]
fn germany_france_spain() {
    assert!(has("DE", "2017-10-31") && !has("DE", "2016-10-31") && !has("DE", "2018-10-31"));
    assert!(has("DE", "2027-10-03") && has("DE", "2027-12-26") && has("DE", "2027-05-06"));
    assert_eq!(dates("DE", 2027).len(), 9);
    assert_eq!(
        named("FR", 2004, Locale::En, "2004-05-31"),
        vec!["Whit Monday"]
    );
    assert_eq!(
        named("FR", 2005, Locale::It, "2005-05-16"),
        vec!["Lunedì di Pentecoste (giornata di solidarietà)"]
    );
    assert!(has("FR", "2027-07-14") && has("FR", "2027-05-08") && has("FR", "2027-11-11"));
    assert_eq!(dates("FR", 2027).len(), 11);
    assert!(has("ES", "2027-03-26") && has("ES", "2027-10-12") && has("ES", "2027-12-06"));
    assert!(
        !has("ES", "2027-03-29"),
        "no Easter Monday nationally in Spain"
    );
    assert_eq!(dates("ES", 2027).len(), 10);
}

#[test]
fn marketing_days_follow_each_country() {
    let find = |country: &str, year: i32, name: &str| {
        marketing_days(country, year, Locale::En)
            .into_iter()
            .find(|m| m.name == name)
            .map(|m| m.date)
    };
    assert_eq!(find("IT", 2027, "Mother's Day"), Some(d("2027-05-09")));
    assert_eq!(find("ES", 2027, "Mother's Day"), Some(d("2027-05-02")));
    assert_eq!(find("GB", 2027, "Mother's Day"), Some(d("2027-03-07")));
    assert_eq!(find("FR", 2027, "Mother's Day"), Some(d("2027-05-30")));
    assert_eq!(
        find("FR", 2012, "Mother's Day"),
        Some(d("2012-06-03")),
        "moved off Pentecost"
    );
    assert_eq!(find("IT", 2027, "Father's Day"), Some(d("2027-03-19")));
    assert_eq!(find("US", 2027, "Father's Day"), Some(d("2027-06-20")));
    assert_eq!(
        find("DE", 2027, "Father's Day"),
        Some(d("2027-05-06")),
        "Vatertag is Ascension Day"
    );
    assert_eq!(find("US", 2027, "Black Friday"), Some(d("2027-11-26")));
    assert_eq!(find("IT", 2027, "Cyber Monday"), Some(d("2027-11-29")));
    assert_eq!(
        find("FR", 2024, "Winter sales start"),
        Some(d("2024-01-10"))
    );
    assert_eq!(
        find("FR", 2026, "Winter sales start"),
        Some(d("2026-01-07"))
    );
    assert_eq!(
        find("FR", 2025, "Summer sales start"),
        Some(d("2025-06-25"))
    );
    assert_eq!(
        find("IT", 2027, "Summer sales start"),
        Some(d("2027-07-03"))
    );
    assert_eq!(
        find("IT", 2025, "Winter sales start"),
        Some(d("2025-01-04")),
        "5 January 2025 was a Sunday"
    );
    let it = marketing_days("IT", 2027, Locale::It);
    assert!(
        it.iter()
            .any(|m| m.name == "Festa del papà" && m.lead_days > 0)
    );
    assert!(it.iter().all(|m| m.lead_days <= 21));
}
