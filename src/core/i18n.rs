//! The interface's texts in Italian and English: one typed table, so a missing translation is
//! a compile error, not a blank label.
//!
//! Plan texts live with the engine and the calendar; this table holds what the wizard shows
//! (labels, hints, buttons, notices) and the names of the answers' enumeration values.

use super::model::{
    AgeBand, Channel, Conversion, Format, GenderSkew, Goal, KeyDateKind, Locale, ManagedBy, Offer,
    OnlineTime, Reach, Sector,
};
use super::wizard::Step;

/// Declares the interface texts: each key with its Italian and English text.
macro_rules! texts {
    ($($key:ident => ($it:literal, $en:literal)),+ $(,)?) => {
        /// A text of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Text { $($key),+ }

        impl Text {
            /// Every key, for the completeness test.
            pub const ALL: &'static [Text] = &[$(Text::$key),+];
        }

        /// The text `key` in `locale`.
        pub const fn t(locale: Locale, key: Text) -> &'static str {
            match locale {
                Locale::It => match key { $(Text::$key => $it),+ },
                Locale::En => match key { $(Text::$key => $en),+ },
            }
        }
    };
}

texts! {
    AppName => ("Rotta", "Rotta"),
    Tagline => ("La tua strategia social, su misura per il tempo e il budget che hai.",
                "Your social media strategy, sized to the time and money you really have."),
    Language => ("Lingua", "Language"),
    Back => ("Indietro", "Back"),
    Next => ("Avanti", "Next"),
    Progress => ("Avanzamento", "Progress"),
    StepOf => ("Passo", "Step"),
    Of => ("di", "of"),
    Done => ("completato", "complete"),
    NotDone => ("da completare", "to do"),
    Add => ("Aggiungi", "Add"),
    Remove => ("Rimuovi", "Remove"),
    Yes => ("Sì", "Yes"),
    No => ("No", "No"),
    NotSet => ("Non indicato", "Not set"),
    Optional => ("facoltativo", "optional"),
    Edit => ("Modifica", "Edit"),
    DownloadAnswers => ("Scarica le risposte", "Download answers"),
    SkipToContent => ("Vai al contenuto", "Skip to content"),
    NoticeUnreadable => ("I dati salvati in questo browser non erano leggibili. Li abbiamo conservati a parte e non li abbiamo sovrascritti: puoi scaricarli.",
                         "The data saved in this browser could not be read. It has been kept aside, not overwritten: you can download it."),
    DownloadBackup => ("Scarica i dati conservati", "Download the kept data"),
    NoticeNoStorage => ("Questo browser non permette di salvare: le risposte andranno perse ricaricando la pagina. Scaricale per conservarle.",
                        "This browser does not allow saving: your answers will be lost on reload. Download them to keep them."),
    NoticeSaveFailed => ("Salvataggio non riuscito: l'ultima versione salvata è intatta. Scarica le risposte per non perderle, o libera spazio eliminando i piani che non ti servono più.",
                         "Saving failed: the last saved version is intact. Download your answers so as not to lose them, or free space by deleting plans you no longer need."),
    FreeSpace => ("Libera spazio", "Free space"),
    NoticeNewer => ("I dati salvati sono di una versione più recente di Rotta: li mostriamo senza modificarli.",
                    "The saved data comes from a newer version of Rotta: it is shown without being changed."),
    ErrorsOnStep => ("Da correggere in questo passo:", "To fix on this step:"),
    WarningsOnStep => ("Da controllare in questo passo:", "To check on this step:"),
    NextBlocked => ("Correggi gli errori segnati per andare avanti.", "Fix the marked errors to go on."),
    NotANumber => ("Scrivi un numero, per esempio 3 o 2,5.", "Write a number, for example 3 or 2.5."),
    NotAWholeNumber => ("Scrivi un numero intero, per esempio 12.", "Write a whole number, for example 12."),
    NotADate => ("Scrivi una data valida.", "Enter a valid date."),
    FatalTitle => ("Qualcosa è andato storto", "Something went wrong"),
    FatalBody => ("Rotta si è fermata per un errore imprevisto. Le tue risposte sono al sicuro: scaricale, poi ricarica la pagina.",
                  "Rotta stopped on an unexpected error. Your answers are safe: download them, then reload the page."),
    Reload => ("Ricarica", "Reload"),

    StepBusiness => ("Attività", "Business"),
    StepGoals => ("Obiettivi", "Goals"),
    StepAudience => ("Pubblico", "Audience"),
    StepChannels => ("Canali", "Channels"),
    StepResources => ("Tempo e persone", "Time & people"),
    StepBudget => ("Budget", "Budget"),
    StepCalendar => ("Calendario", "Calendar"),
    StepReview => ("Riepilogo", "Review"),
    StepPlan => ("Piano", "Plan"),
    IntroBusiness => ("Prima la strategia dell'attività, poi quella social: chi siete e cosa offrite di diverso.",
                      "Business strategy first, then social: who you are and what you offer that others don't."),
    IntroGoals => ("Che cosa devono portare i social all'attività, e come lo misurerete.",
                   "What social media should bring to the business, and how you will measure it."),
    IntroAudience => ("Chi volete raggiungere e quando è online: i canali si scelgono da qui.",
                      "Who you want to reach and when they are online: the channels follow from this."),
    IntroChannels => ("Dove siete già, dove non volete essere e che contenuti sapete produrre.",
                      "Where you already are, where you won't be, and what content you can produce."),
    IntroResources => ("Il tempo vero che avete ogni settimana e chi fa cosa.",
                       "The real time you have each week and who does what."),
    IntroBudget => ("Quanto potete spendere al mese: pubblicità, contenuti, gestione e strumenti.",
                    "What you can spend each month: ads, content, management and tools."),
    IntroCalendar => ("Da quando partire e le date che contano per la vostra attività.",
                      "When to start and the dates that matter to your business."),
    IntroReview => ("Tutte le risposte in una pagina: controlla e correggi prima di vedere il piano.",
                    "All your answers on one page: check and correct them before seeing the plan."),
    IntroPlan => ("La strategia e il calendario calcolati dalle tue risposte.",
                  "The strategy and calendar computed from your answers."),
    SeePlan => ("Vedi il piano", "See the plan"),

    PlanWarnings => ("Da sapere prima di partire", "Before you start"),
    PlanFixAnswer => ("Rivedi la risposta", "Review the answer"),
    PlanWhatIf => ("E se…? Cambia e guarda il piano aggiornarsi", "What if…? Change it and watch the plan update"),
    PlanWhatIfChannels => ("Canali da non usare", "Channels not to use"),
    PlanSituation => ("Situazione", "Situation"),
    PlanObjectives => ("Obiettivi", "Objectives"),
    PlanStrategy => ("Strategia: i canali", "Strategy: the channels"),
    PlanLeftOut => ("Canali lasciati fuori", "Channels left out"),
    PlanTactics => ("Tattiche", "Tactics"),
    PlanContentMix => ("Temi e mix dei contenuti", "Content pillars and mix"),
    PlanFuel => ("Il carburante: pubblicità", "The fuel: ads"),
    PlanAction => ("Azione", "Action"),
    PlanRoles => ("Ruoli", "Roles"),
    PlanRoutine => ("La settimana tipo", "The weekly routine"),
    PlanCoherence => ("Coerenza tra online e offline", "Online and offline coherence"),
    PlanControl => ("Controllo", "Control"),
    PlanReviews => ("Verifiche", "Reviews"),
    PlanPhases => ("Le fasi: i risultati arrivano in mesi", "The phases: results take months"),
    PlanWorkload => ("Tempo: quanto serve e quanto ne avete", "Time: what it takes and what you have"),
    PlanBudget => ("Budget mensile", "Monthly budget"),
    PlanCalendar => ("Calendario editoriale", "Editorial calendar"),
    PlanSources => ("Fonti", "Sources"),
    PlanWhy => ("Perché?", "Why?"),
    PlanMinutesNeeded => ("Servono", "Needed"),
    PlanMinutesAvailable => ("Disponibili", "Available"),
    PlanMinutesPerWeek => ("min/settimana", "min/week"),
    PlanPostsPerWeek => ("post a settimana", "posts a week"),
    PlanPostPerWeek => ("post a settimana", "post a week"),
    PlanFormats => ("Formati", "Formats"),
    PlanSlots => ("Quando pubblicare", "When to post"),
    PlanLabourCost => ("Costo nascosto del vostro tempo", "Hidden cost of your time"),
    PlanPerMonth => ("al mese", "a month"),
    PlanApprovalLead => ("Preparare i post con giorni di anticipo per l'approvazione:", "Prepare posts this many days ahead for approval:"),
    PlanLevelMacro => ("Attività", "Business"),
    PlanLevelMicro => ("Canale", "Channel"),
    PlanMetric => ("Metrica", "Metric"),
    PlanBaseline => ("Punto di partenza", "Baseline"),
    PlanTarget => ("Obiettivo", "Target"),
    PlanDeadline => ("Scadenza", "Deadline"),
    PlanOwner => ("Responsabile", "Owner"),
    PlanKpis => ("Indicatori (KPI)", "KPIs"),
    PlanGoal => ("Scopo", "Goal"),
    PlanWeek => ("Settimana", "Week"),
    PlanDate => ("Data", "Date"),
    PlanTime => ("Ora", "Time"),
    PlanChannel => ("Canale", "Channel"),
    PlanFormat => ("Formato", "Format"),
    PlanPillar => ("Tema", "Pillar"),
    PlanTitle => ("Titolo di lavoro", "Working title"),
    PlanPrepareBy => ("Preparare entro", "Prepare by"),
    PlanTask => ("Attività ricorrente", "Recurring task"),
    PlanKeyDates => ("Date chiave nel periodo", "Key dates in the period"),
    PlanMonthView => ("Vista mensile", "Month view"),
    PlanTimesLocal => ("Orari locali, senza fuso orario.", "Local times, no time zone."),
    PlanNoChannel => ("Con il tempo indicato non c'è spazio per nessun canale.", "With the time given there is room for no channel."),
    PlanScore => ("Punteggio, voce per voce", "Fit score, part by part"),
    PlanScoreAudience => ("Pubblico", "Audience"),
    PlanScoreGoal => ("Obiettivi", "Goals"),
    PlanScoreOffer => ("Offerta", "Offer"),
    PlanScoreReach => ("Raggio d'azione", "Reach"),
    PlanScoreFormats => ("Formati", "Formats"),
    PlanScoreExisting => ("Pubblico già acquisito", "Existing audience"),
    PlanScoreTotal => ("Totale", "Total"),
    PlanKindLocal => ("Canale locale: per chi cerca un'attività in zona.", "Local channel: for people looking for a business nearby."),
    PlanKindRetention => ("Canale di fidelizzazione: per chi conosce già l'attività.", "Retention channel: for people who already know the business."),
    PlanKindKept => ("Canale con un pubblico già acquisito: resta attivo riprendendo, adattati, i post del canale principale.",
                     "A channel with an audience already there: kept active by re-using the main channel's posts, adapted."),
    PlanBringIn => ("Cosa servirebbe per includerlo:", "What would bring it in:"),
    PlanWorkloadTask => ("Attività", "Task"),
    PlanWorkloadRangeHint => ("Tra parentesi, i minuti dal caso più rapido a quello più lento; il piano conta il valore centrale.",
                              "In brackets, the minutes from the quickest case to the slowest; the plan counts the middle."),
    ExportTitle => ("Scarica, stampa, condividi", "Download, print, share"),
    ExportAnswers => ("Risposte (JSON)", "Answers (JSON)"),
    ExportPlanMd => ("Piano (Markdown)", "Plan (Markdown)"),
    ExportPlanJson => ("Piano (JSON)", "Plan (JSON)"),
    ExportCsv => ("Calendario (CSV)", "Calendar (CSV)"),
    ExportIcs => ("Calendario (ICS)", "Calendar (ICS)"),
    Print => ("Stampa", "Print"),
    ImportAnswers => ("Importa risposte da file", "Import answers from a file"),
    ImportConfirm => ("Le risposte attuali saranno sostituite da quelle del file. Continuare?", "Your current answers will be replaced by the file's. Continue?"),
    ImportDone => ("Risposte importate.", "Answers imported."),
    ImportCancelled => ("Importazione annullata: nulla è cambiato.", "Import cancelled: nothing changed."),
    ImportFailed => ("Il file non è stato importato e le risposte attuali sono intatte:", "The file was not imported and your current answers are untouched:"),
    Plans => ("I tuoi piani", "Your plans"),
    PlansHint => ("Un piano per cliente o partecipante: restano in questo browser.", "One plan per client or participant: they stay in this browser."),
    PlanActive => ("in uso", "open"),
    LastChange => ("ultima modifica", "last change"),
    NewPlan => ("Nuovo piano", "New plan"),
    OpenPlan => ("Apri", "Open"),
    RenamePlan => ("Rinomina", "Rename"),
    RenamePrompt => ("Nuovo nome del piano:", "New name for the plan:"),
    DuplicatePlan => ("Duplica", "Duplicate"),
    DeletePlan => ("Elimina", "Delete"),
    PlanDeleted => ("Piano eliminato:", "Plan deleted:"),
    Undo => ("Annulla", "Undo"),
    ShareTitle => ("Condividi", "Share"),
    ShareLinkLabel => ("Link di condivisione", "Share link"),
    ShareLinkHint => ("Le risposte viaggiano nel link stesso, dopo il #: nessun server le riceve.", "The answers travel inside the link itself, after the #: no server receives them."),
    ShareLinkLong => ("Il link è lungo: alcune app potrebbero tagliarlo. In alternativa scarica le risposte (JSON).", "The link is long: some apps may cut it. Alternatively download the answers (JSON)."),
    CloseShared => ("Torna ai tuoi piani", "Back to your plans"),
    ShareOpenFailed => ("Il link di condivisione non si può aprire:", "The share link cannot be opened:"),
    NoticeMigrated => ("I dati salvati venivano da una versione precedente di Rotta e sono stati aggiornati; l'originale resta da parte finché non viene salvata la nuova versione.",
                       "The saved data came from an earlier version of Rotta and was brought up to date; the original is kept aside until the new version is saved."),
    NoticeMerged => ("Un'altra scheda ha salvato mentre modificavi: abbiamo tenuto entrambe le versioni.", "Another tab saved while you were editing: both versions were kept."),
    BusinessName => ("Nome dell'attività", "Business name"),
    BusinessNameHint => ("Come vi conoscono i clienti. Massimo 120 caratteri.", "The name customers know you by. At most 120 characters."),
    Sector => ("Settore", "Sector"),
    SectorHint => ("Serve a proporre i temi dei contenuti.", "Used to suggest content themes."),
    Offer => ("A chi vendete", "Who you sell to"),
    OfferHint => ("Consumatori (B2C), aziende (B2B) o entrambi.", "Consumers (B2C), businesses (B2B) or both."),
    ValueProposition => ("Proposta di valore", "Value proposition"),
    ValuePropositionHint => ("In una o due frasi: che cosa offrite e perché sceglierlo. Massimo 500 caratteri.",
                             "In one or two sentences: what you offer and why people choose it. At most 500 characters."),
    Reach => ("Dove sono i clienti", "Where your customers are"),
    ReachHint => ("Quanto lontano arriva la vostra attività.", "How far your business reaches."),
    Country => ("Paese", "Country"),
    CountryHint => ("Per le festività nel calendario.", "For public holidays in the calendar."),
    HasVenue => ("Sede aperta al pubblico o eventi", "A venue open to the public, or events"),
    HasVenueHint => ("Negozio, studio, locale, palestra, fiere… Aggiunge la coerenza tra online e offline.",
                     "Shop, studio, restaurant, gym, fairs… Adds the online/offline coherence checklist."),
    Competitors => ("Concorrenti da osservare", "Competitors to watch"),
    CompetitorsHint => ("Fino a 5 nomi: li osserverete durante l'ascolto.", "Up to 5 names: you will watch them while listening."),
    CompetitorName => ("Nome del concorrente", "Competitor name"),
    AddCompetitor => ("Aggiungi concorrente", "Add competitor"),

    PrimaryGoal => ("Obiettivo principale", "Primary goal"),
    PrimaryGoalHint => ("Uno solo: quello che conta di più nei prossimi mesi.", "Just one: what matters most in the coming months."),
    SecondaryGoals => ("Obiettivi secondari", "Secondary goals"),
    SecondaryGoalsHint => ("Al massimo due, diversi dal principale.", "At most two, other than the primary."),
    Horizon => ("Orizzonte", "Horizon"),
    HorizonHint => ("I risultati sui social arrivano in mesi, non in giorni.", "Social media results take months, not days."),
    Months => ("mesi", "months"),
    ConversionLabel => ("Come misurate la conversione", "How you measure conversions"),
    ConversionHint => ("La conversione avviene sul sito, in negozio o al telefono: come la contate?",
                       "The conversion happens on the site, in the shop or on the phone: how do you count it?"),

    AgeBands => ("Fasce d'età", "Age bands"),
    AgeBandsHint => ("Scegliete tutte quelle che contano.", "Choose every band that matters."),
    GenderSkew => ("Prevalenza di genere", "Gender skew"),
    GenderSkewHint => ("Solo se il pubblico è nettamente sbilanciato.", "Only if the audience clearly leans one way."),
    Location => ("Dove vivono", "Where they live"),
    LocationHint => ("Città, zona o paesi.", "City, area or countries."),
    PersonaWho => ("Chi è il cliente tipo", "Who the typical customer is"),
    PersonaWhoHint => ("Età, lavoro, abitudini, in poche parole.", "Age, job, habits, in a few words."),
    PersonaNeeds => ("Di che cosa ha bisogno", "What they need"),
    PersonaNeedsHint => ("Il problema che risolvete per lui.", "The problem you solve for them."),
    PersonaObjections => ("Che cosa lo frena", "What stops them buying"),
    PersonaObjectionsHint => ("Prezzo, fiducia, distanza, tempo…", "Price, trust, distance, time…"),
    OnlineTimes => ("Quando è online", "When they are online"),
    OnlineTimesHint => ("Gli orari di pubblicazione seguono il pubblico, non le vostre abitudini.",
                        "Posting times follow the audience, not your habits."),
    Keywords => ("Parole chiave e hashtag da ascoltare", "Keywords and hashtags to listen to"),
    KeywordsHint => ("Fino a 20: cosa dicono di voi, del settore, della zona.", "Up to 20: what people say about you, your sector, your area."),
    Keyword => ("Parola chiave", "Keyword"),
    AddKeyword => ("Aggiungi parola chiave", "Add keyword"),

    CurrentChannels => ("Canali che usate già", "Channels you already use"),
    CurrentChannelsHint => ("Con i follower di oggi: sono il punto di partenza.", "With today's followers: they are the baseline."),
    Followers => ("Follower", "Followers"),
    FollowerCountOne => ("follower", "follower"),
    FollowerCountMany => ("follower", "followers"),
    Active => ("Attivo", "Active"),
    AddChannel => ("Aggiungi canale", "Add channel"),
    RefusedChannels => ("Canali che non volete usare", "Channels you refuse"),
    RefusedChannelsHint => ("Non verranno mai proposti.", "They will never be recommended."),
    Formats => ("Formati che sapete produrre", "Formats you can produce"),
    FormatsHint => ("Il piano propone solo quello che il team sa fare.", "The plan only proposes what the team can make."),

    HoursPerWeek => ("Ore a settimana", "Hours per week"),
    HoursPerWeekHint => ("Il tempo vero per i social, da 0,5 a 80.", "The real time for social media, from 0.5 to 80."),
    ManagedBy => ("Chi se ne occupa", "Who runs it"),
    ManagedByHint => ("Chi pubblica e risponde ogni giorno.", "Who publishes and answers day to day."),
    Skills => ("Competenze del team", "Team skills"),
    SkillsHint => ("Per esempio fotografia, video, scrittura, grafica, pubblicità.", "For example photography, video, writing, design, ads."),
    Skill => ("Competenza", "Skill"),
    AddSkill => ("Aggiungi competenza", "Add skill"),
    ApprovalRequired => ("I post vanno approvati prima di uscire", "Posts need approval before publishing"),
    ApprovalRequiredHint => ("Una pagina aziendale non è un profilo personale.", "A business page is not a personal profile."),
    ApprovalBy => ("Chi approva", "Who approves"),
    ApprovalByHint => ("Nome o ruolo.", "Name or role."),

    Currency => ("Valuta", "Currency"),
    CurrencyHint => ("Codice di tre lettere, per esempio EUR.", "Three-letter code, for example EUR."),
    MonthlyBudget => ("Budget mensile", "Monthly budget"),
    MonthlyBudgetHint => ("Tutto compreso, da 0 a 1.000.000.", "All included, from 0 to 1,000,000."),
    OwnSplit => ("Ho già una ripartizione", "I have my own split"),
    OwnSplitHint => ("Se no, la propone Rotta. Le quattro voci devono sommare al budget mensile.",
                     "Otherwise Rotta proposes one. The four parts must add up to the monthly budget."),
    SplitAds => ("Pubblicità", "Ads"),
    SplitContent => ("Produzione contenuti", "Content production"),
    SplitManagement => ("Gestione", "Management"),
    SplitTools => ("Strumenti", "Tools"),
    HourlyValue => ("Valore di un'ora del vostro tempo", "Value of an hour of your time"),
    HourlyValueHint => ("Per mostrare il costo nascosto del lavoro. Facoltativo.", "To show the hidden cost of the work. Optional."),

    StartDate => ("Data di inizio", "Start date"),
    StartDateHint => ("Il primo giorno del calendario.", "The calendar's first day."),
    Weeks => ("Durata in settimane", "Length in weeks"),
    WeeksHint => ("Da 1 a 52.", "From 1 to 52."),
    IncludeHolidays => ("Includi le festività nazionali", "Include public holidays"),
    IncludeMarketingDays => ("Includi le ricorrenze commerciali", "Include marketing days"),
    KeyDates => ("Le vostre date importanti", "Your key dates"),
    KeyDatesHint => ("Lanci, eventi, saldi, chiusure, stagioni. Fino a 60.", "Launches, events, sales, closures, seasons. Up to 60."),
    KeyDateDate => ("Data", "Date"),
    KeyDateName => ("Nome", "Name"),
    KeyDateKindLabel => ("Tipo", "Kind"),
    AddKeyDate => ("Aggiungi data", "Add date"),

    GoalTargets => ("Traguardi numerici", "Numeric targets"),
    GoalTargetsHint => ("Facoltativi, uno per obiettivo: che cosa misurate, da quanto partite e dove volete arrivare.",
                        "Optional, one per goal: what you measure, where you start and where you want to get."),
    TargetGoal => ("Obiettivo", "Goal"),
    TargetMetric => ("Metrica", "Metric"),
    TargetBaseline => ("Oggi", "Today"),
    TargetValue => ("Traguardo", "Target"),
    AddTarget => ("Aggiungi traguardo", "Add target"),
}

/// What follows a number of posts a week: "1 post a week", "3 posts a week" (in Italian
/// "post" does not change).
pub const fn posts_per_week(locale: Locale, posts: u32) -> &'static str {
    t(
        locale,
        if posts == 1 {
            Text::PlanPostPerWeek
        } else {
            Text::PlanPostsPerWeek
        },
    )
}

/// A range of minutes as the plan and the Markdown show it, "30–60", or `None` when both
/// ends are the same (a fixed figure has no range to show). Integers only: no float printer.
pub fn minutes_range(low: u32, high: u32) -> Option<String> {
    (low != high).then(|| format!("{}–{}", low.min(high), low.max(high)))
}

/// What follows a number of followers: "1 follower", "420 followers" (invariable in Italian).
pub const fn followers_after(locale: Locale, followers: u64) -> &'static str {
    t(
        locale,
        if followers == 1 {
            Text::FollowerCountOne
        } else {
            Text::FollowerCountMany
        },
    )
}

/// The name of a step, as shown in the progress indicator and headings.
pub const fn step_title(locale: Locale, step: Step) -> &'static str {
    t(
        locale,
        match step {
            Step::Business => Text::StepBusiness,
            Step::Goals => Text::StepGoals,
            Step::Audience => Text::StepAudience,
            Step::Channels => Text::StepChannels,
            Step::Resources => Text::StepResources,
            Step::Budget => Text::StepBudget,
            Step::Calendar => Text::StepCalendar,
            Step::Review => Text::StepReview,
            Step::Plan => Text::StepPlan,
        },
    )
}

/// The sentence under a step's heading.
pub const fn step_intro(locale: Locale, step: Step) -> &'static str {
    t(
        locale,
        match step {
            Step::Business => Text::IntroBusiness,
            Step::Goals => Text::IntroGoals,
            Step::Audience => Text::IntroAudience,
            Step::Channels => Text::IntroChannels,
            Step::Resources => Text::IntroResources,
            Step::Budget => Text::IntroBudget,
            Step::Calendar => Text::IntroCalendar,
            Step::Review => Text::IntroReview,
            Step::Plan => Text::IntroPlan,
        },
    )
}

/// Names an enumeration value for people, in both languages.
pub trait Label: Copy {
    /// The value's name in `locale`.
    fn label(self, locale: Locale) -> &'static str;
}

/// Implements [`Label`] from a table of (value, Italian, English).
macro_rules! labels {
    ($ty:ty { $($variant:ident => ($it:literal, $en:literal)),+ $(,)? }) => {
        impl Label for $ty {
            fn label(self, locale: Locale) -> &'static str {
                match (self, locale) {
                    $((<$ty>::$variant, Locale::It) => $it, (<$ty>::$variant, Locale::En) => $en,)+
                }
            }
        }
    };
}

labels!(Locale { It => ("Italiano", "Italiano"), En => ("English", "English") });

labels!(Sector {
    FoodDrink => ("Cibo e bevande", "Food & drink"),
    Retail => ("Commercio al dettaglio", "Retail"),
    HospitalityTourism => ("Ospitalità e turismo", "Hospitality & tourism"),
    HealthWellness => ("Salute e benessere", "Health & wellness"),
    Beauty => ("Bellezza", "Beauty"),
    ProfessionalServices => ("Servizi professionali", "Professional services"),
    B2bIndustry => ("Industria B2B", "B2B industry"),
    TechSoftware => ("Tecnologia e software", "Tech & software"),
    Education => ("Formazione", "Education"),
    CultureEvents => ("Cultura ed eventi", "Culture & events"),
    Nonprofit => ("Non profit", "Nonprofit"),
    RealEstate => ("Immobiliare", "Real estate"),
    CraftsCreative => ("Artigianato e creatività", "Crafts & creative"),
    Other => ("Altro", "Other"),
});

labels!(Offer {
    B2c => ("Consumatori (B2C)", "Consumers (B2C)"),
    B2b => ("Aziende (B2B)", "Businesses (B2B)"),
    Both => ("Entrambi", "Both"),
});

labels!(Reach {
    Local => ("Locale", "Local"),
    Regional => ("Regionale", "Regional"),
    National => ("Nazionale", "National"),
    International => ("Internazionale", "International"),
});

labels!(Goal {
    Awareness => ("Notorietà", "Awareness"),
    Community => ("Community e coinvolgimento", "Community & engagement"),
    Traffic => ("Traffico al sito", "Website traffic"),
    Leads => ("Contatti commerciali", "Leads"),
    Sales => ("Vendite", "Sales"),
    CustomerCare => ("Assistenza e reputazione", "Customer care & reputation"),
    Recruiting => ("Ricerca di personale", "Recruiting"),
});

/// A channel by its brand name, the same in every language.
pub const fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Instagram => "Instagram",
        Channel::Facebook => "Facebook",
        Channel::Linkedin => "LinkedIn",
        Channel::Tiktok => "TikTok",
        Channel::Youtube => "YouTube",
        Channel::Pinterest => "Pinterest",
        Channel::X => "X",
        Channel::Threads => "Threads",
        Channel::Whatsapp => "WhatsApp",
        Channel::GoogleBusiness => "Google Business Profile",
    }
}

impl Label for Channel {
    fn label(self, _: Locale) -> &'static str {
        channel_name(self)
    }
}

labels!(Format {
    Photo => ("Foto", "Photo"),
    Graphics => ("Grafiche e caroselli", "Graphics & carousels"),
    ShortVideo => ("Video brevi", "Short video"),
    LongVideo => ("Video lunghi", "Long video"),
    Text => ("Testo", "Text"),
    Article => ("Articoli", "Articles"),
    Live => ("Dirette", "Live"),
    Stories => ("Storie", "Stories"),
});

labels!(ManagedBy {
    Owner => ("Il titolare", "The owner"),
    Employee => ("Un dipendente", "An employee"),
    Freelancer => ("Un libero professionista", "A freelancer"),
    Agency => ("Un'agenzia", "An agency"),
});

labels!(KeyDateKind {
    Launch => ("Lancio", "Launch"),
    Event => ("Evento", "Event"),
    Promotion => ("Promozione", "Promotion"),
    Closure => ("Chiusura", "Closure"),
    Season => ("Stagione", "Season"),
    Other => ("Altro", "Other"),
});

labels!(AgeBand {
    A13_17 => ("13–17", "13–17"),
    A18_24 => ("18–24", "18–24"),
    A25_34 => ("25–34", "25–34"),
    A35_44 => ("35–44", "35–44"),
    A45_54 => ("45–54", "45–54"),
    A55_64 => ("55–64", "55–64"),
    A65Plus => ("65 e oltre", "65+"),
});

labels!(OnlineTime {
    Morning => ("Mattina", "Morning"),
    Lunch => ("Pausa pranzo", "Lunch"),
    Afternoon => ("Pomeriggio", "Afternoon"),
    Evening => ("Sera", "Evening"),
    Weekend => ("Fine settimana", "Weekend"),
});

labels!(Conversion {
    UtmLink => ("Link tracciato (UTM)", "Tracked link (UTM)"),
    PromoCode => ("Codice promozionale", "Promo code"),
    AskCustomers => ("Chiedere \"come ci hai conosciuto?\"", "Asking \"how did you hear about us?\""),
    BookingForm => ("Modulo di prenotazione", "Booking form"),
    PhoneCalls => ("Telefonate", "Phone calls"),
    StoreVisits => ("Visite in negozio", "Store visits"),
    Other => ("Altro", "Other"),
});

labels!(GenderSkew {
    Female => ("Più donne", "Mostly women"),
    Male => ("Più uomini", "Mostly men"),
    Balanced => ("Equilibrato", "Balanced"),
});

/// Countries offered in the Business step: those with holidays in the calendar first.
pub const COUNTRIES: &[(&str, &str, &str)] = &[
    ("IT", "Italia", "Italy"),
    ("GB", "Regno Unito", "United Kingdom"),
    ("US", "Stati Uniti", "United States"),
    ("DE", "Germania", "Germany"),
    ("FR", "Francia", "France"),
    ("ES", "Spagna", "Spain"),
    ("CH", "Svizzera", "Switzerland"),
    ("AT", "Austria", "Austria"),
    ("IE", "Irlanda", "Ireland"),
    ("NL", "Paesi Bassi", "Netherlands"),
    ("BE", "Belgio", "Belgium"),
    ("PT", "Portogallo", "Portugal"),
    ("SM", "San Marino", "San Marino"),
];

/// The name of the country with ISO code `code`, or the code itself when not in the list.
pub fn country_name(locale: Locale, code: &str) -> String {
    COUNTRIES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, it, en)| match locale {
            Locale::It => (*it).to_owned(),
            Locale::En => (*en).to_owned(),
        })
        .unwrap_or_else(|| code.to_owned())
}

/// A weekday's short name ("lun", "Mon").
pub const fn weekday_short(locale: Locale, day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match (locale, day) {
        (Locale::It, Mon) => "lun",
        (Locale::It, Tue) => "mar",
        (Locale::It, Wed) => "mer",
        (Locale::It, Thu) => "gio",
        (Locale::It, Fri) => "ven",
        (Locale::It, Sat) => "sab",
        (Locale::It, Sun) => "dom",
        (Locale::En, Mon) => "Mon",
        (Locale::En, Tue) => "Tue",
        (Locale::En, Wed) => "Wed",
        (Locale::En, Thu) => "Thu",
        (Locale::En, Fri) => "Fri",
        (Locale::En, Sat) => "Sat",
        (Locale::En, Sun) => "Sun",
    }
}

/// A month's name, 1 = January.
pub fn month_name(locale: Locale, month: u32) -> &'static str {
    const IT: [&str; 12] = [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match locale {
        Locale::It => &IT,
        Locale::En => &EN,
    };
    names
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// A date as people read it in `locale`: "lun 4 gen 2027", "Mon 4 Jan 2027".
pub fn format_date(locale: Locale, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let month: String = month_name(locale, date.month()).chars().take(3).collect();
    format!(
        "{} {} {} {}",
        weekday_short(locale, date.weekday()),
        date.day(),
        month,
        date.year()
    )
}

/// An amount of money: "1.250 EUR" in Italian, "1,250 EUR" in English; cents only when present.
pub fn format_money(locale: Locale, amount: f64, currency: &str) -> String {
    let cents = (amount * 100.0).round() as i64;
    let (sign, cents) = if cents < 0 {
        ("-", -cents)
    } else {
        ("", cents)
    };
    let (whole, frac) = (cents / 100, cents % 100);
    let (group, decimal) = match locale {
        Locale::It => ('.', ','),
        Locale::En => (',', '.'),
    };
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if frac == 0 {
        format!("{sign}{grouped} {currency}")
    } else {
        format!("{sign}{grouped}{decimal}{frac:02} {currency}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for key in Text::ALL {
            for locale in Locale::ALL {
                assert!(
                    !t(*locale, *key).trim().is_empty(),
                    "{key:?} is empty in {locale}"
                );
            }
        }
    }

    #[test]
    fn sentences_are_translated_not_copied() {
        // Short words (brand names, "No", "Budget") may coincide; anything longer must differ.
        let copied: Vec<_> = Text::ALL
            .iter()
            .filter(|k| {
                let it = t(Locale::It, **k);
                it.len() > 12 && it == t(Locale::En, **k)
            })
            .collect();
        assert!(copied.is_empty(), "untranslated: {copied:?}");
    }

    #[test]
    fn every_enumeration_value_has_a_name() {
        for locale in Locale::ALL.iter().copied() {
            assert!(Sector::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Goal::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Channel::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Format::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Conversion::ALL.iter().all(|v| !v.label(locale).is_empty()));
        }
        assert_eq!(Goal::Awareness.label(Locale::It), "Notorietà");
        assert_eq!(country_name(Locale::En, "IT"), "Italy");
        assert_eq!(country_name(Locale::It, "ZZ"), "ZZ");
    }

    #[test]
    fn dates_and_money_read_naturally_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        assert_eq!(format_date(Locale::It, d), "lun 4 gen 2027");
        assert_eq!(format_date(Locale::En, d), "Mon 4 Jan 2027");
        assert_eq!(format_money(Locale::It, 1250.0, "EUR"), "1.250 EUR");
        assert_eq!(format_money(Locale::En, 1250.5, "EUR"), "1,250.50 EUR");
        assert_eq!(format_money(Locale::En, 0.0, "GBP"), "0 GBP");
        assert_eq!(
            format_money(Locale::It, 1_000_000.0, "EUR"),
            "1.000.000 EUR"
        );
        assert_eq!(month_name(Locale::It, 12), "dicembre");
        assert_eq!(month_name(Locale::En, 13), "");
    }

    #[test]
    fn a_range_of_minutes_is_shown_only_when_its_ends_differ() {
        assert_eq!(minutes_range(30, 60).as_deref(), Some("30–60"));
        assert_eq!(minutes_range(60, 30).as_deref(), Some("30–60"));
        assert_eq!(minutes_range(45, 45), None);
    }
}
