use super::*;

/// The config of `json` and its messages joined, for `contains` checks.
fn read(json: &str) -> (HostConfig, String) {
    let Parsed { config, messages } = parse(json);
    (config, messages.join("\n"))
}

const GOOD: &str = r##"{
  "name": "Studio Nord",
  "logo": "brand/logo.svg",
  "accent": "#8A2BE2",
  "accent_text": "#ffffff",
  "accent_dark": "#f0b3ff",
  "language": "de",
  "country": "at",
  "cta": { "url": "https://studio.example/call", "label": "Book a free call" },
  "privacy": "Your answers stay in this browser.\nWe never see them."
}"##;

#[test]
fn a_good_config_is_read_whole_without_messages() {
    let Parsed { config, messages } = parse(GOOD);
    assert_eq!(messages, Vec::<String>::new());
    assert_eq!(config.name.as_deref(), Some("Studio Nord"));
    assert_eq!(config.logo.as_deref(), Some("brand/logo.svg"));
    let accent = config.accent.clone().expect("accent");
    assert_eq!(accent.accent, "#8a2be2");
    assert_eq!(accent.text, "#ffffff");
    // The dark accent's text is chosen: the dark one reads better on a pale accent.
    assert_eq!(
        config.accent_dark.as_ref().map(|a| a.text.as_str()),
        Some("#0d1420")
    );
    assert_eq!(config.language, Some(Locale::De));
    assert_eq!(config.country.as_deref(), Some("AT"));
    assert_eq!(
        config.cta,
        Some(Cta {
            url: "https://studio.example/call".into(),
            label: "Book a free call".into()
        })
    );
    assert_eq!(
        config.privacy.as_deref(),
        Some("Your answers stay in this browser.\nWe never see them.")
    );
    let properties = config.css_properties();
    assert!(properties.contains(&("--host-accent", "#8a2be2".into())));
    assert!(properties.contains(&("--host-accent-text", "#ffffff".into())));
    assert!(
        properties
            .iter()
            .any(|(p, _)| *p == "--host-accent-soft-dark")
    );
}

#[test]
fn an_empty_object_is_all_defaults_without_messages() {
    assert_eq!(parse("{}"), Parsed::default());
    // null is "not set".
    assert_eq!(parse(r#"{"name": null, "cta": null}"#), Parsed::default());
    assert!(HostConfig::default().css_properties().is_empty());
}

#[test]
fn invalid_json_or_not_an_object_is_all_defaults_with_a_message() {
    for text in [
        "",
        "{",
        "{\"name\": \"x\",}",
        "not json",
        "<html>404</html>",
    ] {
        let (config, messages) = read(text);
        assert_eq!(config, HostConfig::default(), "{text}");
        assert!(messages.contains("not valid JSON"), "{text}: {messages}");
    }
    for text in ["[]", "\"Studio\"", "42", "null"] {
        let (config, messages) = read(text);
        assert_eq!(config, HostConfig::default(), "{text}");
        assert!(
            messages.contains("must be a JSON object"),
            "{text}: {messages}"
        );
    }
}

#[test]
fn unknown_fields_are_named_and_the_rest_applies() {
    let (config, messages) = read(r##"{"name": "A", "colour": "#000000", "logo_url": "x"}"##);
    assert_eq!(config.name.as_deref(), Some("A"));
    assert!(messages.contains("unknown field \"colour\""), "{messages}");
    assert!(
        messages.contains("unknown field \"logo_url\""),
        "{messages}"
    );
}

#[test]
fn the_name_must_be_short_plain_text() {
    let long = "x".repeat(NAME_MAX + 1);
    for (value, why) in [
        ("42", "is a number, not a string"),
        ("[\"A\"]", "is a list"),
        ("\"   \"", "is empty"),
        (&format!("\"{long}\"") as &str, "61 characters long"),
        ("\"A\\nB\"", "control characters"),
    ] {
        let (config, messages) = read(&format!("{{\"name\": {value}}}"));
        assert_eq!(config.name, None, "{value}");
        assert!(
            messages.contains("\"name\"") && messages.contains(why),
            "{value}: {messages}"
        );
        assert!(messages.contains("the default is kept"), "{messages}");
    }
    let (config, _) = read(&format!("{{\"name\": \"  {}  \"}}", "é".repeat(NAME_MAX)));
    assert_eq!(config.name.map(|n| n.chars().count()), Some(NAME_MAX));
}

#[test]
fn the_logo_is_a_relative_image_file_on_the_same_origin() {
    for good in [
        "logo.png",
        "img/brand-2.SVG",
        "a_b/c.webp",
        "logo.jpg",
        "x.jpeg",
    ] {
        let (config, messages) = read(&format!("{{\"logo\": \"{good}\"}}"));
        assert_eq!(config.logo.as_deref(), Some(good), "{messages}");
    }
    for bad in [
        "https://evil.example/logo.png",
        "javascript:alert(1)//.png",
        "data:image/svg+xml,<svg/>.svg",
        "//evil.example/logo.png",
        "/logo.png",
        "../logo.png",
        "img/../../logo.png",
        "img//logo.png",
        "logo.gif",
        "logo.png?x=1",
        "logo png.png",
        "img\\\\logo.png",
        "",
    ] {
        let (config, messages) = read(&format!("{{\"logo\": \"{bad}\"}}"));
        assert_eq!(config.logo, None, "{bad}");
        assert!(messages.contains("\"logo\""), "{bad}: {messages}");
    }
    let (config, messages) = read(r#"{"logo": true}"#);
    assert_eq!(config.logo, None);
    assert!(
        messages.contains("is a true/false value, not a string"),
        "{messages}"
    );
}

#[test]
fn accent_colours_must_pass_the_contrast_rule_in_their_scheme() {
    // Rotta's own colours pass (tokens.css).
    let (config, messages) = read(
        r##"{"accent": "#0b5cad", "accent_text": "#ffffff", "accent_dark": "#7db7f5", "accent_text_dark": "#0d1420"}"##,
    );
    assert_eq!(messages, "");
    assert!(config.accent.is_some() && config.accent_dark.is_some());

    // Yellow on the light page: refused, with the ratio.
    let (config, messages) = read(r##"{"accent": "#ffd700", "name": "Kept"}"##);
    assert_eq!(config.accent, None);
    assert_eq!(config.name.as_deref(), Some("Kept"));
    assert!(
        messages.contains("\"accent\" #ffd700 has a contrast of 1.3"),
        "{messages}"
    );
    assert!(
        messages.contains("against the background #fbfaf7"),
        "{messages}"
    );

    // A dark accent in the dark scheme: refused.
    let (config, messages) = read(r##"{"accent_dark": "#0b5cad"}"##);
    assert_eq!(config.accent_dark, None);
    assert!(messages.contains("\"accent_dark\""), "{messages}");

    // A good accent with a text that does not read on it.
    let (config, messages) = read(r##"{"accent": "#0b5cad", "accent_text": "#1d1f24"}"##);
    assert_eq!(config.accent, None);
    assert!(
        messages.contains("\"accent_text\" #1d1f24 on #0b5cad"),
        "{messages}"
    );

    // Not colours.
    for bad in [
        "\"blue\"",
        "\"#fff\"",
        "\"#12345g\"",
        "255",
        "\"rgb(0,0,0)\"",
    ] {
        let (config, messages) = read(&format!("{{\"accent\": {bad}}}"));
        assert_eq!(config.accent, None, "{bad}");
        assert!(messages.contains("\"accent\""), "{bad}: {messages}");
    }
    let (config, messages) = read(r##"{"accent": "#0b5cad", "accent_text": 1}"##);
    assert_eq!(config.accent, None);
    assert!(
        messages.contains("\"accent_text\" is a number"),
        "{messages}"
    );

    // A text colour without its accent is said, not applied.
    let (config, messages) = read(r##"{"accent_text_dark": "#000000"}"##);
    assert_eq!(config.accent_dark, None);
    assert!(messages.contains("\"accent_text_dark\" is set without \"accent_dark\""));
}

#[test]
fn every_accent_accepted_meets_the_contrast_everywhere_it_is_used() {
    // A sweep of colours: whatever is accepted reads on every background of its scheme, its
    // text reads on it, and the page's text reads on its tint.
    for r in (0..=255).step_by(51) {
        for g in (0..=255).step_by(51) {
            for b in (0..=255).step_by(51) {
                let colour = hex([r as u8, g as u8, b as u8]);
                for scheme in [&LIGHT, &DARK] {
                    let json = format!("{{\"{}\": \"{colour}\"}}", scheme.fields.0);
                    let config = parse(&json).config;
                    let Some(a) = config.accent.or(config.accent_dark) else {
                        continue;
                    };
                    let c = |s: &str| rgb(s).unwrap();
                    for bg in scheme.backgrounds {
                        assert!(contrast(c(&a.accent), c(bg)) >= MIN_CONTRAST, "{json}");
                    }
                    assert!(contrast(c(&a.text), c(&a.accent)) >= MIN_CONTRAST, "{json}");
                    assert!(
                        contrast(c(scheme.text), c(&a.soft)) >= MIN_CONTRAST,
                        "{json}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_power_and_the_ratio_text_need_no_float_library() {
    for i in 0..=1000 {
        let x = f64::from(i) / 1000.0;
        assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{x}");
    }
    assert_eq!(ratio_text(4.5), "4.50");
    assert_eq!(ratio_text(4.499), "4.49");
    assert_eq!(ratio_text(21.0), "21.00");
    assert_eq!(ratio_text(1.3421), "1.34");
}

#[test]
fn contrast_is_the_wcag_ratio() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
    assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
    assert!((contrast([9, 9, 9], [9, 9, 9]) - 1.0).abs() < 1e-9);
}

#[test]
fn the_language_is_one_rotta_speaks() {
    for (value, locale) in [
        ("it", Locale::It),
        ("en", Locale::En),
        ("es", Locale::Es),
        ("fr", Locale::Fr),
        ("de", Locale::De),
    ] {
        assert_eq!(
            read(&format!("{{\"language\": \"{value}\"}}")).0.language,
            Some(locale)
        );
    }
    for bad in ["\"pt\"", "\"EN-gb\"", "\"\"", "1", "{}"] {
        let (config, messages) = read(&format!("{{\"language\": {bad}}}"));
        assert_eq!(config.language, None, "{bad}");
        assert!(messages.contains("\"language\""), "{bad}: {messages}");
    }
    assert!(
        read(r#"{"language": "pt"}"#)
            .1
            .contains("not one of it, en, es, fr, de")
    );
}

#[test]
fn the_country_is_one_rotta_knows() {
    assert_eq!(
        read(r#"{"country": "CH"}"#).0.country.as_deref(),
        Some("CH")
    );
    assert_eq!(
        read(r#"{"country": " ie "}"#).0.country.as_deref(),
        Some("IE")
    );
    for bad in ["\"JP\"", "\"Italy\"", "\"\"", "39", "[\"IT\"]"] {
        let (config, messages) = read(&format!("{{\"country\": {bad}}}"));
        assert_eq!(config.country, None, "{bad}");
        assert!(messages.contains("\"country\""), "{bad}: {messages}");
    }
    assert!(
        read(r#"{"country": "JP"}"#)
            .1
            .contains("not a country Rotta knows (IT, GB")
    );
}

#[test]
fn the_call_to_action_is_an_https_or_mailto_link_with_a_short_label() {
    let mail = read(r#"{"cta": {"url": "mailto:hello@studio.example", "label": "Write to us"}}"#).0;
    assert_eq!(
        mail.cta.map(|c| c.url),
        Some("mailto:hello@studio.example".into())
    );
    let long_label = "x".repeat(CTA_LABEL_MAX + 1);
    for (cta, field, why) in [
        (
            r#"{"url": "javascript:alert(1)", "label": "Go"}"#,
            "cta.url",
            "only https: and mailto:",
        ),
        (
            r#"{"url": "JavaScript:alert(1)", "label": "Go"}"#,
            "cta.url",
            "only https:",
        ),
        (
            r#"{"url": "http://studio.example", "label": "Go"}"#,
            "cta.url",
            "only https:",
        ),
        (
            r#"{"url": "data:text/html,<b>", "label": "Go"}"#,
            "cta.url",
            "only https:",
        ),
        (
            r#"{"url": "//studio.example", "label": "Go"}"#,
            "cta.url",
            "only https:",
        ),
        (
            r#"{"url": "https://", "label": "Go"}"#,
            "cta.url",
            "only https:",
        ),
        (
            r#"{"url": "https://a.example/x y", "label": "Go"}"#,
            "cta.url",
            "spaces",
        ),
        (r#"{"url": 7, "label": "Go"}"#, "cta.url", "is a number"),
        (r#"{"label": "Go"}"#, "cta.url", "is missing"),
        (r#"{"url": "https://a.example"}"#, "cta.label", "is missing"),
        (
            r#"{"url": "https://a.example", "label": ""}"#,
            "cta.label",
            "is empty",
        ),
        (
            r#"{"url": "https://a.example", "label": false}"#,
            "cta.label",
            "true/false",
        ),
        (
            r#"{"url": "https://a.example", "label": "Go", "target": "_top"}"#,
            "cta",
            "unknown field \"target\"",
        ),
        (
            r#""https://a.example""#,
            "cta",
            "is a string, not an object",
        ),
    ] {
        let (config, messages) = read(&format!("{{\"cta\": {cta}, \"name\": \"Kept\"}}"));
        assert_eq!(config.cta, None, "{cta}");
        assert_eq!(config.name.as_deref(), Some("Kept"));
        assert!(
            messages.contains(&format!("\"{field}\" ")) && messages.contains(why),
            "{cta}: {messages}"
        );
    }
    let (config, messages) = read(&format!(
        r#"{{"cta": {{"url": "https://a.example", "label": "{long_label}"}}}}"#
    ));
    assert_eq!(config.cta, None);
    assert!(
        messages.contains("41 characters long, more than 40"),
        "{messages}"
    );
    let long_url = format!("https://a.example/{}", "p".repeat(CTA_URL_MAX));
    let (config, _) = read(&format!(
        r#"{{"cta": {{"url": "{long_url}", "label": "Go"}}}}"#
    ));
    assert_eq!(config.cta, None);
}

#[test]
fn the_privacy_note_is_bounded_plain_text() {
    let note = "n".repeat(PRIVACY_MAX);
    assert_eq!(
        read(&format!(r#"{{"privacy": "{note}"}}"#))
            .0
            .privacy
            .map(|p| p.len()),
        Some(PRIVACY_MAX)
    );
    for (bad, why) in [
        (
            format!("\"{note}n\""),
            "1001 characters long, more than 1000",
        ),
        ("{\"text\": \"x\"}".into(), "is an object, not a string"),
        ("\"\"".into(), "is empty"),
        ("\"a\\u0007b\"".into(), "control characters"),
    ] {
        let (config, messages) = read(&format!("{{\"privacy\": {bad}}}"));
        assert_eq!(config.privacy, None, "{bad}");
        assert!(
            messages.contains("\"privacy\"") && messages.contains(why),
            "{bad}: {messages}"
        );
    }
}

#[test]
fn several_bad_fields_each_get_a_message_and_the_good_ones_apply() {
    let (config, messages) = read(
        r##"{"name": 5, "accent": "#ffff00", "cta": {"url": "javascript:x", "label": "Go"},
             "language": "fr", "privacy": "Ok", "country": "FR", "extra": 1}"##,
    );
    assert_eq!(config.name, None);
    assert_eq!(config.accent, None);
    assert_eq!(config.cta, None);
    assert_eq!(config.language, Some(Locale::Fr));
    assert_eq!(config.country.as_deref(), Some("FR"));
    assert_eq!(config.privacy.as_deref(), Some("Ok"));
    assert_eq!(messages.lines().count(), 4, "{messages}");
}

#[test]
fn a_new_plan_is_in_the_hosts_country_when_it_set_one() {
    let monday = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let plain = HostConfig::default().new_plan(Locale::De, monday);
    assert_eq!(
        plain,
        crate::core::model::Answers::new_plan(Locale::De, monday)
    );
    assert_eq!(plain.business.country, "DE");
    let austrian = parse(r#"{"country": "AT"}"#)
        .config
        .new_plan(Locale::De, monday);
    assert_eq!(austrian.business.country, "AT");
    assert_eq!(austrian.locale, Locale::De);
    assert_eq!(austrian.calendar.start, monday);
}
