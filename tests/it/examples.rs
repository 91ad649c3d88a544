//! Every published decision in examples/ reproduces its figures (../shared/cases/README.md).

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use crate::contract::report;
use crate::{examples, manifest_dir, run};

/// A decision's own figures, typed here from the decision (not read from the case file).
struct Published {
    file: &'static str,
    /// The total of the fines imposed, in the decision's currency with cents, as the JSON output
    /// writes amounts.
    total: &'static str,
    /// The sum of the penalty payment maxima, where the decision states one.
    penalties_max: Option<&'static str>,
}

/// Each line cites where its figures come from (../shared/cases/README.md; ../shared/LAW.md §5).
const PUBLISHED: &[Published] = &[
    // AP, Booking.com, 10 Dec 2020, operative part: Art. 33(1), category III, basic fine
    // EUR 525,000 lowered for mitigating circumstances to EUR 475,000.
    Published { file: "booking-ap-2020.toml", total: "475000.00", penalties_max: None },
    // AP, Clearview AI, 16 May 2024, operative part: Fine I EUR 20,000,000 (violations 1-3,
    // Art. 83(3)) + Fine II EUR 10,500,000 (violations 4-5); four orders subject to a penalty
    // payment of at most 1.5M + 1.5M + 1.5M + 0.6M = EUR 5,100,000.
    Published { file: "clearview-ap-2024.toml", total: "30500000.00", penalties_max: Some("5100000.00") },
    // CNIL, Clearview AI, SAN-2022-019 of 17 Oct 2022, operative part: EUR 20,000,000; astreinte
    // EUR 100,000 per day, without a maximum.
    Published { file: "cnil-clearview-2022.toml", total: "20000000.00", penalties_max: None },
    // CNPD (LU), Amazon Europe Core, decision of 15 July 2021 (tribunal administratif, press
    // releases of 17 Dec 2021 and 19 Mar 2025): EUR 746,000,000; astreinte EUR 746,000 a day,
    // without a maximum, suspended on 17 Dec 2021.
    Published { file: "cnpd-amazon-2021.toml", total: "746000000.00", penalties_max: None },
    // AP, Locatefamily.com, 10 Dec 2020, operative part: EUR 525,000 (Art. 27(1), category III basic
    // fine); EUR 20,000 per two weeks, at most EUR 120,000.
    Published { file: "locatefamily-ap-2020.toml", total: "525000.00", penalties_max: Some("120000.00") },
    // AP, Uber, 22 July 2024, operative part: EUR 290,000,000 (Art. 44).
    Published { file: "uber-ap-2024.toml", total: "290000000.00", penalties_max: None },
    // The register of real decisions (README): each total as the decision or its official summary
    // states it; the file's header names the source.
    // AEPD PS/00070/2019 (GDPRhub): EUR 3,000,000 (Art. 6) + EUR 2,000,000 (Art. 12-14).
    Published { file: "aepd-bbva-2020.toml", total: "5000000.00", penalties_max: None },
    // AEPD PS/00477/2019: EUR 4,000,000 (Art. 6, 83.5.a) + EUR 2,000,000 (Art. 13, 14, 83.5.b).
    Published { file: "aepd-caixabank-2021.toml", total: "6000000.00", penalties_max: None },
    // AEPD PS/00500/2020 of 22 Sept 2021: EUR 3,000,000 (Art. 6.1).
    Published { file: "aepd-caixabank-payments-2021.toml", total: "3000000.00", penalties_max: None },
    // AEPD EXP202303478 of 12 Nov 2024 (GDPRhub): EUR 200,000 proposed, less 20 % for
    // acknowledging responsibility and 20 % for voluntary payment (LPACAP art. 85): EUR 120,000.
    Published { file: "aepd-bbva-work-phone-2024.toml", total: "120000.00", penalties_max: None },
    // AEPD procedures ended by voluntary payment (LPACAP art. 85), each as its resolution states:
    // the amount the initiation agreement proposed, the reductions used, the amount paid.
    // AEPD PS/00312/2023 (Atresmedia): 50,000 (Art. 5.1.c) proposed, -20 % -20 %: paid 30,000.
    Published { file: "aepd-atresmedia-ps00312-2023.toml", total: "30000.00", penalties_max: None },
    // AEPD PS/00117/2024: 100,000 (Art. 32) proposed, -20 % (voluntary payment only): paid 80,000.
    Published { file: "aepd-axa-reim-ps00117-2024.toml", total: "80000.00", penalties_max: None },
    // AEPD PS/00068/2020, R/00279/2020: 30,000 (Art. 6.1) proposed, -20 % -20 %: paid 18,000.
    Published { file: "aepd-bbva-ps00068-2020.toml", total: "18000.00", penalties_max: None },
    // AEPD PS/00219/2019, R/00449/2020: 60,000 (Art. 5.1.d) proposed, -20 % -20 %: paid 36,000.
    Published { file: "aepd-bbva-ps00219-2019.toml", total: "36000.00", penalties_max: None },
    // AEPD PS/00420/2021 (BBVA): 50,000 (Art. 5.1.f) + 30,000 (Art. 32) proposed, -20 % -20 %: paid 48,000.
    Published { file: "aepd-bbva-ps00420-2021.toml", total: "48000.00", penalties_max: None },
    // AEPD PS/00427/2021 (BBVA): 100,000 (Art. 6) proposed, -20 % -20 %: paid 60,000.
    Published { file: "aepd-bbva-ps00427-2021.toml", total: "60000.00", penalties_max: None },
    // AEPD PS/00174/2019, R/00585/2019: 5,000 (Art. 5.1.f) proposed, -20 % -20 %: paid 3,000.
    Published { file: "aepd-cgt-tarragona-ps00174-2019.toml", total: "3000.00", penalties_max: None },
    // AEPD PS/00335/2020, R/00066/2021: 5,000 (Art. 5.1.f; a warning for Art. 32) proposed, -20 % -20 %: paid 3,000.
    Published { file: "aepd-idfinance-ps00335-2020.toml", total: "3000.00", penalties_max: None },
    // AEPD PS/00308/2021 (Orange Espagne): 50,000 (Art. 6) proposed, -20 % -20 %: paid 30,000.
    Published { file: "aepd-orange-ps00308-2021.toml", total: "30000.00", penalties_max: None },
    // AEPD PS/00180/2021: 75,000 (Art. 6) proposed, -20 % -20 %: paid 45,000.
    Published { file: "aepd-telefonica-moviles-ps00180-2021.toml", total: "45000.00", penalties_max: None },
    // AEPD PS/00135/2021, R/00387/2021: 75,000 (Art. 6.1) proposed, -20 % -20 %: paid 45,000.
    Published { file: "aepd-telefonica-ps00135-2021.toml", total: "45000.00", penalties_max: None },
    // AEPD PS/00085/2021, R/00248/2021: 150,000 (Art. 6.1) proposed, -20 % -20 %: paid 90,000.
    Published { file: "aepd-vodafone-ps00085-2021.toml", total: "90000.00", penalties_max: None },
    // AEPD PS/00111/2021: 30,000 (Art. 5.1.f) + 20,000 (Art. 32) proposed, -20 % (voluntary payment only): paid 40,000.
    Published { file: "aepd-vodafone-ps00111-2021.toml", total: "40000.00", penalties_max: None },
    // AEPD PS/00155/2021, R/00389/2021: 5,000 (Art. 58.1, 83.5.e) proposed, -20 % -20 %: paid 3,000.
    Published { file: "aepd-vodafone-ps00155-2021.toml", total: "3000.00", penalties_max: None },
    // AEPD PS/00188/2021: 70,000 (Art. 6.1) + 50,000 (Art. 17.1) proposed, -20 % (voluntary payment only): paid 96,000.
    Published { file: "aepd-vodafone-ps00188-2021.toml", total: "96000.00", penalties_max: None },
    // AEPD PS/00303/2020, R/00521/2020: 60,000 (Art. 6.1) proposed, -20 % -20 %: paid 36,000.
    Published { file: "aepd-vodafone-ps00303-2020.toml", total: "36000.00", penalties_max: None },
    // AEPD PS/00415/2020, R/00649/2020: 60,000 (Art. 5.1.d) + 30,000 (Art. 5.1.f) proposed, -20 % -20 %: paid 54,000.
    Published { file: "aepd-vodafone-ps00415-2020.toml", total: "54000.00", penalties_max: None },
    // AEPD PS/00430/2020, R/00089/2021: 200,000 (Art. 6.1) proposed, -20 % -20 %: paid 120,000.
    Published { file: "aepd-vodafone-ps00430-2020.toml", total: "120000.00", penalties_max: None },
    // AEPD PS/00484/2020, R/00198/2021: 100,000 (Art. 6.1) proposed, -20 % -20 %: paid 60,000.
    Published { file: "aepd-vodafone-ps00484-2020.toml", total: "60000.00", penalties_max: None },
    // AEPD PS/00501/2021: 70,000 (Art. 6.1) proposed, -20 % (voluntary payment only): paid 56,000.
    Published { file: "aepd-vodafone-ps00501-2021.toml", total: "56000.00", penalties_max: None },
    // AEPD PS/00140/2020: EUR 5,000,000 (Art. 6) + EUR 5,000,000 (Art. 17).
    Published { file: "aepd-google-2022.toml", total: "10000000.00", penalties_max: None },
    // AP, Belastingdienst FSV, published 12 Apr 2022: fines of in total EUR 3,700,000.
    Published { file: "ap-belastingdienst-fsv-2022.toml", total: "3700000.00", penalties_max: None },
    // AP, Belastingdienst/Toeslagen, 25 Nov 2021 (GDPRhub): EUR 2,750,000.
    Published { file: "ap-belastingdienst-toeslagen-2021.toml", total: "2750000.00", penalties_max: None },
    // AP, Minister of Foreign Affairs, 24 Feb 2022 (EDPB news): EUR 565,000; dictum: penalty
    // maxima EUR 500,000 (security) and EUR 300,000 (recipients).
    Published { file: "ap-buitenlandse-zaken-2022.toml", total: "565000.00", penalties_max: Some("800000.00") },
    // AP, municipality of Enschede, fine decision of 11 Mar 2021 (as the Rechtbank Overijssel's judgment
    // ECLI:NL:RBOVE:2024:594 cites it): EUR 600,000 (wifi tracking).
    Published { file: "ap-enschede-2021.toml", total: "600000.00", penalties_max: None },
    // AP, International Card Services, 18 Dec 2023, opening: EUR 150,000 (Art. 35(1)).
    Published { file: "ap-ics-2023.toml", total: "150000.00", penalties_max: None },
    // AP, A.S. Watson (Kruidvat), z-2021-14274, 2 May 2024 (GDPRhub): EUR 600,000.
    Published { file: "ap-kruidvat-2024.toml", total: "600000.00", penalties_max: None },
    // AP, Netflix, 26 Nov 2024, opening: one fine of EUR 4,750,000.
    Published { file: "ap-netflix-2024.toml", total: "4750000.00", penalties_max: None },
    // AP, OLVG, 26 Nov 2020, opening: EUR 440,000 (Art. 32(1)).
    Published { file: "ap-olvg-2020.toml", total: "440000.00", penalties_max: None },
    // AP, TikTok, announced 22 July 2021: EUR 750,000 (Art. 12(1)).
    Published { file: "ap-tiktok-2021.toml", total: "750000.00", penalties_max: None },
    // UODO, DKE.561.2.2020 of 3 June 2020, operative part: PLN 5,000 "co stanowi równowartość
    // 1.168,39 EUR" (NBP rate of 28 January 2020).
    Published { file: "uodo-sole-trader-2020.toml", total: "5000.00", penalties_max: None },
    // UODO, DKN.5131.1.2024 (mBank), 20 Aug 2024, operative part 1: PLN 4,053,173 ("the equivalent
    // of EUR 928,498.06" at 4.3653).
    Published { file: "uodo-mbank-2024.toml", total: "4053173.00", penalties_max: None },
    // UODO, DKN.5131.1.2025, 17 Mar 2025, para 152: PLN 27,124,816 on Poczta Polska S.A.
    // ("equivalent to EUR 6,444,174" at 4.2092).
    Published { file: "uodo-poczta-polska-2025.toml", total: "27124816.00", penalties_max: None },
    // ANSPDCP (RO), Raiffeisen Bank, press release of 20 Nov 2024: "fined 99,466 lei, the equivalent
    // of 20,000 EURO" (Art. 32(4) with 32(1)(b), (d) and 32(2)).
    Published { file: "anspdcp-raiffeisen-2024.toml", total: "99466.00", penalties_max: None },
    // Datatilsynet (NO), Telenor ASA, 21/03823-45 of 10 Mar 2025, section 2: "an administrative fine
    // against Telenor ASA in the amount of NOK 4,000,000" (Art. 24(1) and (2)).
    Published { file: "datatilsynet-telenor-2025.toml", total: "4000000.00", penalties_max: None },
    // Datainspektionen (SE), Google LLC, DI-2018-9274 of 10 Mar 2020, point 5: "an administrative
    // penalty fee of SEK 75,000,000" (section 3.4.3: SEK 25,000,000 + SEK 50,000,000).
    Published { file: "imy-google-2020.toml", total: "75000000.00", penalties_max: None },
    // UODO, Cyfrowy Polsat, DKN.5130.3114.2020 of 22 Apr 2021, operative part 1: PLN 1,136,975
    // (Art. 32(1) and (2)), "equivalent to EUR 250,000" at the NBP rate of 28 January 2021 (4.5479).
    Published { file: "uodo-cyfrowy-polsat-2021.toml", total: "1136975.00", penalties_max: None },
    // UODO, East Power, DKE.561.1.2020 of 6 July 2020, operative part: PLN 15,000 "equivalent to
    // EUR 3,505.16" at the NBP rate of 28 January 2020.
    Published { file: "uodo-east-power-2020.toml", total: "15000.00", penalties_max: None },
    // UODO, DKN.5131.1.2025 of 17 Mar 2025, para 152: "The penalty of PLN 100,000 imposed on the
    // Minister of Digital Affairs" (Art. 83(5)(a), u.o.d.o. art. 102(1) pt 1).
    Published { file: "uodo-minister-cyfryzacji-2025.toml", total: "100000.00", penalties_max: None },
    // UODO, National Prosecutor's Office, DKN.5131.33.2023 of 2 Sept 2024, operative part 1):
    // "an administrative fine of PLN 85,000" (public body, u.o.d.o. art. 102(1) pt 1).
    Published { file: "uodo-prokuratura-krajowa-2024.toml", total: "85000.00", penalties_max: None },
    // UODO, Chief National Surveyor, DKE.561.3.2020 of 2 July 2020, operative part: "an
    // administrative fine in the amount of PLN 100,000" (public body, u.o.d.o. art. 102(1)).
    Published { file: "uodo-glowny-geodeta-2020.toml", total: "100000.00", penalties_max: None },
    // UODO, Warsaw University of Technology, DKN.5130.2559.2020 of 9 Dec 2021, operative part 2: "an
    // administrative fine in the amount of PLN 45,000" (public body, u.o.d.o. art. 102(1)).
    Published { file: "uodo-politechnika-warszawska-2021.toml", total: "45000.00", penalties_max: None },
    // UODO, K.W. (sole trader), DKN.5131.43.2022 of 12 July 2023, operative part 1: PLN 11,790,
    // "equivalent to EUR 2,500" (1 EUR = 4.7160 PLN, NBP table of 30 January 2023).
    Published { file: "uodo-sole-trader-2023.toml", total: "11790.00", penalties_max: None },
    // UODO, Virgin Mobile Polska, DKN.5112.1.2020 of 3 Dec 2020, operative part: PLN 1,968,524.00,
    // "equivalent of 460,000 EUR" (1 EUR = 4.2794 PLN, 28 January 2020).
    Published { file: "uodo-virgin-mobile-2020.toml", total: "1968524.00", penalties_max: None },
    // AP, Uber, 11 Dec 2023: EUR 10,000,000.
    Published { file: "ap-uber-2023.toml", total: "10000000.00", penalties_max: None },
    // APD/GBA Litigation Chamber, IAB Europe, decision 21/2022 of 2 Feb 2022: EUR 250,000.
    Published { file: "apd-iab-europe-2022.toml", total: "250000.00", penalties_max: None },
    // AZOP, B2 Kapital, announced 4 May 2023: EUR 2,265,000.
    Published { file: "azop-b2-kapital-2023.toml", total: "2265000.00", penalties_max: None },
    // BfDI, 1&1 Telecom, Dec 2019: EUR 9,550,000 (Art. 32).
    Published { file: "bfdi-1und1-2019.toml", total: "9550000.00", penalties_max: None },
    // CNIL, Amazon France Logistique, SAN-2023-021 of 27 Dec 2023: EUR 32,000,000.
    Published { file: "cnil-amazon-france-logistique-2023.toml", total: "32000000.00", penalties_max: None },
    // CNIL, Criteo, SAN-2023-009 of 15 June 2023: EUR 40,000,000.
    Published { file: "cnil-criteo-2023.toml", total: "40000000.00", penalties_max: None },
    // CNIL, Discord, 10 Nov 2022: EUR 800,000.
    Published { file: "cnil-discord-2022.toml", total: "800000.00", penalties_max: None },
    // CNIL, Google LLC, SAN-2019-001 of 21 Jan 2019: EUR 50,000,000.
    Published { file: "cnil-google-2019.toml", total: "50000000.00", penalties_max: None },
    // CNPD (PT), Municipality of Lisbon, 21 Dec 2021: EUR 1,250,000 for 225 infringements.
    Published { file: "cnpd-pt-lisboa-2021.toml", total: "1250000.00", penalties_max: None },
    // DPC, Meta (Facebook), 31 Dec 2022 (EDPB news 12 Jan 2023): EUR 210,000,000.
    Published { file: "dpc-facebook-2022-ads.toml", total: "210000000.00", penalties_max: None },
    // DPC, Meta (Instagram), 31 Dec 2022 (EDPB news 12 Jan 2023): EUR 180,000,000.
    Published { file: "dpc-instagram-2022-ads.toml", total: "180000000.00", penalties_max: None },
    // DPC, Meta (Instagram, children), 2 Sept 2022: fines totalling EUR 405,000,000.
    Published { file: "dpc-instagram-2022.toml", total: "405000000.00", penalties_max: None },
    // DPC, LinkedIn, 22 Oct 2024: fines totalling EUR 310,000,000.
    Published { file: "dpc-linkedin-2024.toml", total: "310000000.00", penalties_max: None },
    // DPC, Meta, 15 March 2022: EUR 17,000,000.
    Published { file: "dpc-meta-2022-breaches.toml", total: "17000000.00", penalties_max: None },
    // DPC, Meta (scraping), 25 Nov 2022: fines totalling EUR 265,000,000.
    Published { file: "dpc-meta-2022-scraping.toml", total: "265000000.00", penalties_max: None },
    // DPC, Meta (transfers), 12 May 2023: EUR 1,200,000,000 (Art. 46(1)).
    Published { file: "dpc-meta-2023.toml", total: "1200000000.00", penalties_max: None },
    // DPC, Meta, Dec 2024: EUR 8M (33(3)) + 3M (33(5)) + 130M (25(1)) + 110M (25(2)).
    Published { file: "dpc-meta-2024-breach.toml", total: "251000000.00", penalties_max: None },
    // DPC, Meta (passwords), 26 Sept 2024: fines totalling EUR 91,000,000.
    Published { file: "dpc-meta-2024-passwords.toml", total: "91000000.00", penalties_max: None },
    // DPC, TikTok (children), 1 Sept 2023: fines totalling EUR 345,000,000.
    Published { file: "dpc-tiktok-2023.toml", total: "345000000.00", penalties_max: None },
    // DPC, TikTok (China), 30 Apr 2025: EUR 485,000,000 (46(1)) + EUR 45,000,000 (13(1)(f)).
    Published { file: "dpc-tiktok-2025.toml", total: "530000000.00", penalties_max: None },
    // DPC, Twitter International, 9 Dec 2020: EUR 450,000.
    Published { file: "dpc-twitter-2020.toml", total: "450000.00", penalties_max: None },
    // DPC, University College Dublin, IN-19-7-4, 17 Dec 2020: EUR 70,000.
    Published { file: "dpc-ucd-2020.toml", total: "70000.00", penalties_max: None },
    // DPC, WhatsApp, 20 Aug 2021: EUR 90M (5(1)(a)) + 30M (12) + 30M (13) + 75M (14).
    Published { file: "dpc-whatsapp-2021.toml", total: "225000000.00", penalties_max: None },
    // DPC, WhatsApp, 12 Jan 2023: EUR 5,500,000 (Art. 6(1)).
    Published { file: "dpc-whatsapp-2023.toml", total: "5500000.00", penalties_max: None },
    // DSB, Österreichische Post, penal decision D550.148/0017-DSB/2019 of 23 Oct 2019 (as the BVwG's
    // judgment W258 2227269-1/39E recites it): one fine of EUR 18,000,000 (GDPRhub).
    Published { file: "dsb-post-2019.toml", total: "18000000.00", penalties_max: None },
    // Garante, Clearview AI, 10 Feb 2022: EUR 20,000,000.
    Published { file: "garante-clearview-2022.toml", total: "20000000.00", penalties_max: None },
    // Garante, Enel Energia, 16 Dec 2021, operative part: EUR 26,513,977 ("5% of the maximum legal
    // sanction", EUR 530,279,555; GDPRhub's header 26.513.877 is a typo).
    Published { file: "garante-enel-energia-2021.toml", total: "26513977.00", penalties_max: None },
    // Garante, Coop Italia, doc. web 10007060 of 22 Feb 2024 (register no. 130): "to pay the sum of
    // 90,000 euros" (Art. 5(1)(e), 12(3), 15, 21(2) and Codice art. 130).
    Published { file: "garante-coop-italia-2024.toml", total: "90000.00", penalties_max: None },
    // Garante, Hera Comm, doc. web 10053211 of 17 July 2024 (register no. 440): "Euro 5,000,000.00".
    Published { file: "garante-hera-comm-2024.toml", total: "5000000.00", penalties_max: None },
    // Garante, Postel, doc. web 10063782 of 4 July 2024 (register no. 572): "EUR 900,000".
    Published { file: "garante-postel-2024.toml", total: "900000.00", penalties_max: None },
    // Garante, OpenAI, provvedimento n. 755 of 2 Nov 2024: EUR 15,000,000 in total.
    Published { file: "garante-openai-2024.toml", total: "15000000.00", penalties_max: None },
    // HDPA, Clearview AI, 13 July 2022: EUR 20,000,000.
    Published { file: "hdpa-clearview-2022.toml", total: "20000000.00", penalties_max: None },
    // HmbBfDI, H&M, 1 Oct 2020: EUR 35,258,707.95.
    Published { file: "hmbbfdi-hm-2020.toml", total: "35258707.95", penalties_max: None },
];

#[test]
fn every_example_passes_check_and_reproduces_the_decisions_own_figures() {
    for path in examples() {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let path = path.to_str().unwrap();
        let (code, _, stderr) = run(&["check", path, "--quiet", "--as-of", "2026-01-01"], None);
        assert_eq!(code, 0, "{path}: {stderr}");
        let report = report(path, &[]);
        assert!(report.findings.iter().all(|f| f.level != "error"), "{path}: {:?}", report.findings);
        let Some(published) = PUBLISHED.iter().find(|p| p.file == name) else {
            panic!("{name}: add the decision's figures, typed from the decision, to PUBLISHED in tests/it/examples.rs")
        };
        assert_eq!(report.total, published.total, "{name}: the total the decision imposed");
        // The case file's own record of the figures must be the decision's too.
        assert_eq!(report.case.published_total.as_deref(), Some(published.total), "{name}: published_total");
        if let Some(max) = published.penalties_max {
            assert_eq!(report.penalties_max.as_deref(), Some(max), "{name}: the sum of the penalty maxima");
        }
    }
}

#[test]
fn clearview_ap_2024_fines_groups_and_penalty_maxima() {
    let report = report("examples/clearview-ap-2024.toml", &[]);
    assert_eq!(report.total, "30500000.00");
    assert_eq!(report.undertaking.turnover, None);
    let fines: Vec<(&str, &str, &str)> =
        report.groups.iter().map(|g| (g.id.as_str(), g.fine.as_str(), g.ceiling.as_deref().unwrap())).collect();
    assert_eq!(fines, [("scraping", "20000000.00", "20000000.00"), ("access", "10500000.00", "20000000.00")]);
    for violation in &report.violations {
        let expected = if violation.id == "no-eu-representative" { "10000000.00" } else { "20000000.00" };
        assert_eq!(violation.legal_maximum.as_deref(), Some(expected), "{}", violation.id);
        // Turnover not provided: each maximum is at least the fixed amount (Art. 83(5)).
        assert_eq!(violation.maximum_basis.as_deref(), Some("at-least"));
        assert!(violation.steps.iter().any(|s| s.detail.contains("para 210")), "{}", violation.id);
    }
    assert_eq!(report.penalties_max.as_deref(), Some("5100000.00"));
    let maxima: Vec<&str> = report.penalties.iter().map(|p| p.max.as_deref().unwrap()).collect();
    assert_eq!(maxima, ["1500000.00", "1500000.00", "1500000.00", "600000.00"]);
    // Grace periods run from publication (2024-09-03).
    let due: Vec<&str> = report.penalties.iter().map(|p| p.due.as_deref().unwrap_or("-")).collect();
    assert_eq!(due, ["2024-12-03", "2024-12-03", "2024-10-03", "2024-12-03"]);
}

#[test]
fn clearview_edpb_high_band_is_4m_to_20m_with_no_size_step() {
    let report = report("examples/clearview-ap-2024.toml", &["--method", "edpb", "--seriousness", "high"]);
    let fined = report.violations.iter().filter(|v| v.group.is_some());
    for violation in fined {
        let comparison = violation.comparison.as_ref().expect("a comparison for each declared fine");
        assert_eq!(comparison.range, Some(["4000000.00".into(), "20000000.00".into()]), "{}", violation.id);
        assert!(comparison.steps.iter().any(|s| s.detail.contains("no size adjustment")));
    }
}

#[test]
fn clearview_edpb_defaults_for_the_linked_group_are_capped_at_its_ceiling() {
    let report = report("examples/clearview-ap-2024.toml", &["--method", "edpb", "--seriousness", "high"]);
    let scraping = report.groups.iter().find(|g| g.id == "scraping").unwrap();
    let comparison = scraping.comparison.as_ref().unwrap();
    // Three violations at the middle of the high band (EUR 12M each) exceed the EUR 20M ceiling.
    assert_eq!((comparison.fine.as_deref(), comparison.capped), (Some("20000000.00"), true));
}

/// Issue 16: `--as-of` before the liquidated window ends counts 19 Dec 2022 up to, not including,
/// 1 Jan 2023: 13 days = EUR 1.3M; the liquidation of 5.2M is compared on its own window, whatever
/// `--as-of`, so `check` still passes.
#[test]
fn cnil_as_of_before_compliance_accrues_to_the_as_of_date() {
    let report = report("examples/cnil-clearview-2022.toml", &["--as-of", "2023-01-01"]);
    let astreinte = &report.penalties[0];
    assert_eq!((astreinte.accrual_ends.as_str(), astreinte.periods), ("2023-01-01", 13));
    assert_eq!(astreinte.forfeited, "1300000.00");
    let (code, stdout, _) = run(&["check", "examples/cnil-clearview-2022.toml", "--as-of", "2023-01-01"], None);
    assert_eq!(code, 0, "{stdout}");
}

/// CNIL SAN-2022-019 (issue 23): Clearview never complied; the CNIL liquidated the astreinte on
/// 13 April 2023 at EUR 5.2M for "19 December 2022 to 9 February 2023": 52 days at EUR 100,000
/// (13 in December, 31 in January, 8 in February: 19 Dec - 8 Feb, both included). Art. 9 was an
/// aggravating factor, not an infringement found.
#[test]
fn cnil_clearview_astreinte_liquidated_at_5_2_million() {
    let report = report("examples/cnil-clearview-2022.toml", &[]);
    assert_eq!(report.total, "20000000.00");
    assert_eq!(report.violations[0].articles, ["6"]);
    assert!(report.violations.iter().all(|v| !v.articles.iter().any(|a| a.starts_with('9'))));
    let astreinte = &report.penalties[0];
    assert_eq!(astreinte.complied, None);
    assert_eq!(astreinte.accrual_starts.as_deref(), Some("2022-12-19"));
    let liquidation = &astreinte.liquidations[0];
    assert_eq!((liquidation.from.as_str(), liquidation.until.as_str()), ("2022-12-19", "2023-02-08"));
    assert_eq!((liquidation.amount.as_str(), liquidation.calculated.as_deref()), ("5200000.00", Some("5200000.00")));
    // A French astreinte: the Awb's one-year limitation is not claimed for it.
    assert!(astreinte.schedule.iter().all(|period| period.time_barred_on.is_none()));
    assert!(report.findings.iter().any(|f| f.code == "no-limitation-dates"));
    let (code, stdout, _) = run(&["check", "examples/cnil-clearview-2022.toml"], None);
    assert_eq!(code, 0, "{stdout}");
}

/// AP Belastingdienst/Toeslagen, 25 Nov 2021 (issue 23): three fines, dictum I-III: 750,000 +
/// 1,000,000 + 1,000,000 = 2,750,000, each within the EUR 20M fixed maximum for a public body.
#[test]
fn ap_toeslagen_2021_three_fines_of_the_dictum() {
    let report = report("examples/ap-belastingdienst-toeslagen-2021.toml", &[]);
    let fines: Vec<Option<&str>> = report.violations.iter().map(|v| v.fine.as_deref()).collect();
    assert_eq!(fines, [Some("750000.00"), Some("1000000.00"), Some("1000000.00")]);
    assert!(report.groups.is_empty());
    assert_eq!(report.total, "2750000.00");
}

/// AEPD EXP202303478 (GDPRhub): "The AEPD initially set the fine at €200,000 ... The controller
/// opted to reduce the fine by 40%, both acknowledging its responsibility for the violations and
/// paying the reduced sanction amount of €120,000." LPACAP art. 85(3): each 20 % of the proposed
/// 200,000 is 40,000.
#[test]
fn aepd_bbva_2024_lpacap_85_two_reductions_of_200000_leave_120000() {
    let report = report("examples/aepd-bbva-work-phone-2024.toml", &[]);
    let violation = &report.violations[0];
    assert_eq!(violation.proposed.as_deref(), Some("200000.00"));
    let parts: Vec<(&str, &str, &str)> =
        violation.reductions.iter().map(|r| (r.rule.as_str(), r.percent.as_str(), r.amount.as_str())).collect();
    assert_eq!(parts, [("acknowledgment", "20", "40000.00"), ("voluntary-payment", "20", "40000.00")]);
    assert!(violation.reductions.iter().all(|r| r.source.starts_with("LPACAP (Ley 39/2015) art. 85") && r.verified));
    assert_eq!(violation.fine.as_deref(), Some("120000.00"));
    assert_eq!(report.total, "120000.00");
    assert_eq!(report.total_before_reductions, "120000.00");
    assert!(report.findings.iter().all(|f| f.level != "error"));
}

/// A decision with the judgments (or decisions on objection) that followed it, typed from them:
/// each outcome in order, and the total that stands after the last.
struct Appealed {
    file: &'static str,
    outcomes: &'static [&'static str],
    final_total: &'static str,
}

/// The register's appeals (README, "The register of real decisions").
const APPEALED: &[Appealed] = &[
    // Rechtbank Overijssel, 2 Feb 2024, ECLI:NL:RBOVE:2024:594: the fine decision revoked.
    Appealed { file: "ap-enschede-2021.toml", outcomes: &["annulled"], final_total: "0.00" },
    // AP, decision on objection of 27 May 2025: EUR 600,000 lowered to EUR 50,000.
    Appealed { file: "ap-kruidvat-2024.toml", outcomes: &["reduced"], final_total: "50000.00" },
    // LG Bonn, 11 Nov 2020, 29 OWi 1/20: "sentenced to a fine of 900,000 euros".
    Appealed { file: "bfdi-1und1-2019.toml", outcomes: &["reduced"], final_total: "900000.00" },
    // Conseil d'Etat, 19 June 2020, n° 430810: application dismissed, EUR 50,000,000 stands.
    Appealed { file: "cnil-google-2019.toml", outcomes: &["upheld"], final_total: "50000000.00" },
    // Förvaltningsrätten i Stockholm 23 Nov 2020: SEK 52M; Kammarrätten i Göteborg 30 Nov 2021
    // (mål 2232-21): SEK 50M; Högsta förvaltningsdomstolen 20 Dec 2022: leave to appeal refused.
    Appealed { file: "imy-google-2020.toml", outcomes: &["reduced", "reduced", "upheld"], final_total: "50000000.00" },
    // Tribunal administratif (Luxembourg), judgment of 18 Mar 2025: Amazon's recours against the
    // CNPD's decision of 15 Jul 2021 rejected, the EUR 746,000,000 fine confirmed (press release).
    Appealed { file: "cnpd-amazon-2021.toml", outcomes: &["upheld"], final_total: "746000000.00" },
    // BVwG 26 Nov 2020 (W258 2227269-1/14E): annulled; VwGH 1 Feb 2024 (Ra 2020/04/0187): that
    // decision quashed; BVwG 27 Dec 2024 (W258 2227269-1/39E): "EUR 16,000,000".
    Appealed {
        file: "dsb-post-2019.toml",
        outcomes: &["annulled", "reinstated", "reduced"],
        final_total: "16000000.00",
    },
    // Audiencia Nacional 23 Dec 2022 (recurso 104/2021): both fines annulled; Tribunal Supremo
    // 11 Nov 2024 (STS 1792/2024): that judgment quashed, the AEPD's EUR 3M + 2M upheld.
    Appealed { file: "aepd-bbva-2020.toml", outcomes: &["annulled", "reinstated"], final_total: "5000000.00" },
    // WSA Warszawa, 15 Nov 2021, II SA/Wa 2465/21 (CBOSA): "uchyla decyzję w zaskarżonej części",
    // the fine on Cyfrowy Polsat annulled; the NSA agreed (rp.pl, 15 Sep 2025).
    Appealed { file: "uodo-cyfrowy-polsat-2021.toml", outcomes: &["annulled"], final_total: "0.00" },
];

/// UODO DKN.5112.1.2020 (Virgin Mobile): the WSA in Warsaw annulled the decision (II SA/Wa 272/21,
/// 21 Oct 2021, CBOSA: "uchyla zaskarżoną decyzję"), UODO fined P4 anew on 16 Nov 2022 ("1,6 mln
/// zł", amount not read exactly) and the WSA dismissed the complaint against that (II SA/Wa 150/23,
/// 21 June 2023): the total that stands is not known, and `check` says so instead of guessing.
#[test]
fn uodo_virgin_mobile_referred_back_without_the_new_amount_leaves_the_total_unknown() {
    let report = report("examples/uodo-virgin-mobile-2020.toml", &[]);
    let outcomes: Vec<&str> = report.appeals.iter().map(|a| a.outcome.as_str()).collect();
    assert_eq!(outcomes, ["referred-back", "upheld"]);
    assert_eq!(report.final_total, None);
    assert!(report.findings.iter().any(|f| f.code == "final-total-unknown"), "{:?}", report.findings);
    assert!(report.findings.iter().all(|f| f.level != "error"), "{:?}", report.findings);
}

/// UODO DKN.5131.1.2025, the part on Poczta Polska: the WSA in Warsaw annulled the PLN 27,124,816
/// fine (II SA/Wa 837/25; rp.pl and fakt.pl, 5 Mar 2026: "Sąd uchylił 27 mln zł kary"), not
/// finally, so the file states no published final total; nothing stands for now.
#[test]
fn uodo_poczta_polska_2025_fine_annulled_by_the_wsa() {
    let report = report("examples/uodo-poczta-polska-2025.toml", &[]);
    let outcomes: Vec<&str> = report.appeals.iter().map(|a| a.outcome.as_str()).collect();
    assert_eq!(outcomes, ["annulled"]);
    assert_eq!(report.total, "27124816.00");
    assert_eq!(report.final_total.as_deref(), Some("0.00"));
    assert!(report.findings.iter().all(|f| f.level != "error"), "{:?}", report.findings);
}

#[test]
fn register_appeals_leave_the_totals_the_judgments_state() {
    assert!(APPEALED.len() >= 5, "{} decisions with appeals", APPEALED.len());
    for appealed in APPEALED {
        let report = report(&format!("examples/{}", appealed.file), &[]);
        let outcomes: Vec<&str> = report.appeals.iter().map(|a| a.outcome.as_str()).collect();
        assert_eq!(outcomes, appealed.outcomes, "{}", appealed.file);
        assert_eq!(report.final_total.as_deref(), Some(appealed.final_total), "{}", appealed.file);
        // The case file's own record of the final total must be the judgment's too.
        assert_eq!(report.case.published_final_total.as_deref(), Some(appealed.final_total), "{}", appealed.file);
        assert!(report.findings.iter().all(|f| f.level != "error"), "{}: {:?}", appealed.file, report.findings);
    }
}

/// An AEPD procedure ended by payment (LPACAP art. 85), typed from its resolution: the amounts the
/// initiation agreement proposed, per violation in file order, and the reductions the party used.
struct Settled {
    file: &'static str,
    proposed: &'static [&'static str],
    rules: &'static [&'static str],
}

const BOTH: &[&str] = &["acknowledgment", "voluntary-payment"];
const PAYMENT: &[&str] = &["voluntary-payment"];

/// The register's AEPD settlements (README, "The register of real decisions"); the amount paid of
/// each is in PUBLISHED.
const SETTLED: &[Settled] = &[
    Settled { file: "aepd-atresmedia-ps00312-2023.toml", proposed: &["50000.00"], rules: BOTH },
    Settled { file: "aepd-axa-reim-ps00117-2024.toml", proposed: &["100000.00"], rules: PAYMENT },
    Settled { file: "aepd-bbva-ps00068-2020.toml", proposed: &["30000.00"], rules: BOTH },
    Settled { file: "aepd-bbva-ps00219-2019.toml", proposed: &["60000.00"], rules: BOTH },
    Settled { file: "aepd-bbva-ps00420-2021.toml", proposed: &["50000.00", "30000.00"], rules: BOTH },
    Settled { file: "aepd-bbva-ps00427-2021.toml", proposed: &["100000.00"], rules: BOTH },
    Settled { file: "aepd-cgt-tarragona-ps00174-2019.toml", proposed: &["5000.00"], rules: BOTH },
    Settled { file: "aepd-idfinance-ps00335-2020.toml", proposed: &["5000.00"], rules: BOTH },
    Settled { file: "aepd-orange-ps00308-2021.toml", proposed: &["50000.00"], rules: BOTH },
    Settled { file: "aepd-telefonica-moviles-ps00180-2021.toml", proposed: &["75000.00"], rules: BOTH },
    Settled { file: "aepd-telefonica-ps00135-2021.toml", proposed: &["75000.00"], rules: BOTH },
    Settled { file: "aepd-vodafone-ps00085-2021.toml", proposed: &["150000.00"], rules: BOTH },
    Settled { file: "aepd-vodafone-ps00111-2021.toml", proposed: &["30000.00", "20000.00"], rules: PAYMENT },
    Settled { file: "aepd-vodafone-ps00155-2021.toml", proposed: &["5000.00"], rules: BOTH },
    Settled { file: "aepd-vodafone-ps00188-2021.toml", proposed: &["70000.00", "50000.00"], rules: PAYMENT },
    Settled { file: "aepd-vodafone-ps00303-2020.toml", proposed: &["60000.00"], rules: BOTH },
    Settled { file: "aepd-vodafone-ps00415-2020.toml", proposed: &["60000.00", "30000.00"], rules: BOTH },
    Settled { file: "aepd-vodafone-ps00430-2020.toml", proposed: &["200000.00"], rules: BOTH },
    Settled { file: "aepd-vodafone-ps00484-2020.toml", proposed: &["100000.00"], rules: BOTH },
    Settled { file: "aepd-vodafone-ps00501-2021.toml", proposed: &["70000.00"], rules: PAYMENT },
];

/// LPACAP art. 85(3): each reduction is 20 % of the proposed amount (never of an amount already
/// reduced), so a violation's fine is 60 % of it with both, 80 % with the payment alone.
#[test]
fn aepd_register_settlements_are_the_proposed_amounts_less_twenty_percent_each() {
    assert!(SETTLED.len() >= 15, "{} AEPD settlements", SETTLED.len());
    for settled in SETTLED {
        let report = report(&format!("examples/{}", settled.file), &[]);
        let proposed: Vec<&str> = report.violations.iter().map(|v| v.proposed.as_deref().unwrap()).collect();
        assert_eq!(proposed, settled.proposed, "{}", settled.file);
        let kept = Decimal::from(100 - 20 * settled.rules.len() as i64) / Decimal::from(100);
        for violation in &report.violations {
            let rules: Vec<&str> = violation.reductions.iter().map(|r| r.rule.as_str()).collect();
            assert_eq!(rules, settled.rules, "{}: {}", settled.file, violation.id);
            let expected = violation.proposed.as_deref().unwrap().parse::<Decimal>().unwrap() * kept;
            assert_eq!(violation.fine.as_deref().unwrap().parse::<Decimal>().unwrap(), expected, "{}", settled.file);
        }
        assert!(report.findings.iter().all(|f| f.level != "error"), "{}: {:?}", settled.file, report.findings);
    }
}

/// CNPD v. Amazon: the EUR 746,000-a-day astreinte was suspended by the court on 17 Dec 2021,
/// before its deadline (compliance "avant le 15 janvier 2022"): nothing is forfeited, however
/// late the as-of date (issue 12: art83 used to accrue EUR 1.3bn).
#[test]
fn cnpd_amazon_astreinte_suspended_before_its_deadline_forfeits_nothing() {
    let report = report("examples/cnpd-amazon-2021.toml", &["--as-of", "2026-01-01"]);
    let astreinte = &report.penalties[0];
    assert_eq!((astreinte.forfeited.as_str(), astreinte.periods, astreinte.periods_elapsed), ("0.00", 0, 0));
    assert!(astreinte.schedule.is_empty());
    // Suspended from 17 Dec 2021, before the deadline, up to, not including, 1 Jan 2026: nothing
    // of the order ran, its grace period included: 15 days of 2021, then 365 + 365 + 366 + 365.
    assert_eq!(astreinte.suspended_days, 1476);
    assert_eq!(
        (astreinte.suspensions[0].from.as_str(), astreinte.suspensions[0].until.as_deref()),
        ("2021-12-17", None)
    );
    // Luxembourg law, not the Awb: no Awb in any step; the missing ceiling is an info.
    assert!(astreinte.steps.iter().all(|step| !step.rule.contains("Awb") && !step.detail.contains("Awb")));
    let ceiling = report.findings.iter().find(|f| f.code == "penalty-without-maximum").unwrap();
    assert_eq!(ceiling.level, "info");
    assert!(!ceiling.message.contains("Awb"));
}

#[test]
fn dutch_orders_carry_their_awb_limitation_dates() {
    let report = report("examples/clearview-ap-2024.toml", &["--as-of", "2026-01-01"]);
    let first = &report.penalties[0].schedule[0];
    // Awb 5:35(1): still collectable on the anniversary, barred from the day after.
    assert_eq!((first.forfeited_on.as_str(), first.time_barred_on.as_deref()), ("2024-12-04", Some("2025-12-05")));
    assert!(report.findings.iter().all(|f| f.code != "no-limitation-dates"));
}

/// What the State can claim from Clearview on 2026-12-07 if nothing was paid (no payment is
/// published), worked out by hand. Made known 2024-05-16 (assumed: the example's header);
/// six weeks end Thu 2024-06-27; default from 2024-06-28.
/// - 2024-06-28 .. 12-31, 187 days at 7 %: 2,135,000 x 187 / 365 = 1,093,821.92.
/// - 2025-01-01 .. 06-27, 178 days at 6 %: 1,830,000 x 178 / 365 = 892,438.36.
/// - a full year: base 30,500,000 + 1,093,821.92 + 892,438.36 = 32,486,260.28 (BW 6:119(2)).
/// - 2025-06-28 .. 12-31, 187 days at 6 %: 1,949,175.6168 x 187 / 365 = 998,618.74.
/// - 2026-01-01 .. 06-27, 178 days at 4 %: 1,299,450.4112 x 178 / 365 = 633,704.58.
/// - a second full year: base 32,486,260.28 + 998,618.74 + 633,704.58 = 34,118,583.60.
/// - 2026-06-28 .. 12-06, 162 days at 4 %: 1,364,743.344 x 162 / 365 = 605,721.70.
///
/// Interest 4,224,305.30; with the fine 34,724,305.30. Order IV (3 x 200,000, forfeited
/// 2024-12-04, 2025-01-04, 2025-02-04; six weeks to 2025-01-15, Sat 2025-02-15 -> Mon 02-17,
/// 2025-03-18; 6 % to 2025-12-31, then 4 %, compounded a year after each default):
/// 11,506.85 + 328.77 + 7,544.83 (on 211,835.62) = 19,380.45; 10,421.92 + 1,052.05 + 6,767.17
/// (on 211,473.97) = 18,241.14; 9,468.49 + 1,687.67 + 6,085.93 (on 211,156.16) = 17,242.09;
/// together 54,863.68.
#[test]
fn clearview_ap_2024_owes_interest_on_the_fine_and_the_penalty_payments() {
    let report = report("examples/clearview-ap-2024.toml", &["--as-of", "2026-12-07"]);
    let c = report.collection.expect("the example has [collection]");
    assert_eq!((c.payment_due.as_deref(), c.in_default_from.as_deref()), (Some("2024-06-27"), Some("2024-06-28")));
    let interest = c.interest.expect("Dutch rules");
    let periods: Vec<(&str, &str, &str, i64, &str)> = interest
        .periods
        .iter()
        .map(|p| (p.from.as_str(), p.until.as_str(), p.rate.as_str(), p.days, p.amount.as_str()))
        .collect();
    assert_eq!(
        periods,
        [
            ("2024-06-28", "2024-12-31", "7", 187, "1093821.92"),
            ("2025-01-01", "2025-06-27", "6", 178, "892438.36"),
            ("2025-06-28", "2025-12-31", "6", 187, "998618.74"),
            ("2026-01-01", "2026-06-27", "4", 178, "633704.58"),
            ("2026-06-28", "2026-12-06", "4", 162, "605721.70"),
        ]
    );
    assert_eq!((interest.periods[2].base.as_str(), interest.periods[4].base.as_str()), ("32486260.28", "34118583.60"));
    assert_eq!(interest.amount, "4224305.30");
    assert_eq!((c.paid.as_str(), c.outstanding.as_deref()), ("0.00", Some("34724305.30")));
    // Awb 4:104(1): five years after the term, barred from the next day at the earliest.
    assert_eq!(c.claim_time_barred_on.as_deref(), Some("2029-06-28"));
    let order = c.penalties.iter().find(|p| p.id == "IV-representative").unwrap();
    assert_eq!((order.forfeited.as_str(), order.interest.as_str()), ("600000.00", "54863.68"));
    // Every forfeited amount is past its earliest Awb 5:35(1) day by then.
    assert_eq!(order.time_barred, "600000.00");
}

/// OLVG 2020 (GDPRhub, English translation): category II basic fine EUR 310,000, + 80,000 under
/// Art. 7(a) to 390,000, + 50,000 under Art. 7(b) to 440,000.
#[test]
fn ap_olvg_2020_category_ii_310000_to_440000() {
    let report = report("examples/ap-olvg-2020.toml", &[]);
    let ap = report.violations[0].ap2019.as_ref().unwrap();
    assert_eq!((ap.category.as_str(), ap.basic_fine.as_str()), ("II", "310000.00"));
    assert_eq!(ap.after_adjustments, "440000.00");
    assert_eq!(report.violations[0].duration_days, Some(362));
}

/// TikTok 2021 (decided 9 April 2021): category III basic fine EUR 525,000, + 225,000 under
/// Art. 7(a) to 750,000, the top of the bandwidth.
#[test]
fn ap_tiktok_2021_category_iii_525000_to_750000() {
    let report = report("examples/ap-tiktok-2021.toml", &[]);
    let ap = report.violations[0].ap2019.as_ref().unwrap();
    assert_eq!((ap.category.as_str(), ap.basic_fine.as_str()), ("III", "525000.00"));
    assert_eq!((ap.after_adjustments.as_str(), ap.bandwidth[1].as_str()), ("750000.00", "750000.00"));
}

/// OpenAI 2024 (Garante n. 755): EUR 9,000,000 for the linked legal basis, transparency and age
/// verification infringements (Art. 83(3), transparency gravest), EUR 320,000 for Art. 33 and
/// EUR 5,680,000 for Art. 83(5)(e); turnover EUR 948,487,890 (FY 2023), so the group ceiling is
/// 4 % of it, EUR 37,939,515.60.
#[test]
fn garante_openai_2024_three_amounts_and_the_linked_ceiling() {
    let report = report("examples/garante-openai-2024.toml", &[]);
    let group = &report.groups[0];
    assert_eq!((group.kind.as_str(), group.fine.as_str()), ("linked", "9000000.00"));
    assert_eq!(group.ceiling.as_deref(), Some("37939515.60"));
    let fines: Vec<(&str, Option<&str>)> =
        report.violations.iter().filter(|v| v.group.is_none()).map(|v| (v.id.as_str(), v.fine.as_deref())).collect();
    assert_eq!(fines, [("breach-not-notified", Some("320000.00")), ("order-not-complied", Some("5680000.00"))]);
}

/// DPC behavioural advertising, 31 Dec 2022 (GDPRhub IN-18-5-5, IN-18-5-7): each fine is made up
/// of three amounts: Facebook 80M (5(1)(a), 13(1)(c)) + 70M (5(1)(a), 12(1)) + 60M (6(1)) = 210M;
/// Instagram 70M + 60M + 50M = 180M.
#[test]
fn dpc_meta_ads_2022_fines_made_up_of_three_amounts() {
    for (file, amounts, total) in [
        ("examples/dpc-facebook-2022-ads.toml", ["80000000.00", "70000000.00", "60000000.00"], "210000000.00"),
        ("examples/dpc-instagram-2022-ads.toml", ["70000000.00", "60000000.00", "50000000.00"], "180000000.00"),
    ] {
        let report = report(file, &[]);
        let fines: Vec<&str> = report.violations.iter().map(|v| v.fine.as_deref().unwrap()).collect();
        assert_eq!(fines, amounts, "{file}");
        assert_eq!(report.groups[0].fine, total, "{file}");
    }
}

#[test]
fn booking_ap_2020_category_iii_525000_to_475000() {
    let report = report("examples/booking-ap-2020.toml", &[]);
    let ap = report.violations[0].ap2019.as_ref().unwrap();
    assert_eq!((ap.category.as_str(), ap.basic_fine.as_str()), ("III", "525000.00"));
    assert_eq!(ap.bandwidth, ["300000.00".to_string(), "750000.00".to_string()]);
    assert_eq!(report.violations[0].fine.as_deref(), Some("475000.00"));
}

#[test]
fn locatefamily_ap_2020_basic_fine_and_two_weekly_order() {
    let report = report("examples/locatefamily-ap-2020.toml", &[]);
    assert_eq!(report.total, "525000.00");
    let order = &report.penalties[0];
    assert_eq!(
        (order.per.as_str(), order.amount.as_str(), order.max.as_deref()),
        ("2 weeks", "20000.00", Some("120000.00"))
    );
    // Twelve weeks from the decision of 2020-12-10.
    assert_eq!(order.due.as_deref(), Some("2021-03-04"));
    assert_eq!(order.schedule.len(), 6);
}

#[test]
fn uber_ap_2024_converted_turnover_and_4_percent_maximum() {
    let report = report("examples/uber-ap-2024.toml", &[]);
    assert_eq!(report.undertaking.turnover.as_deref(), Some("34235142300.00"));
    assert_eq!(report.undertaking.turnover_year, Some(2023));
    assert_eq!(report.violations[0].legal_maximum.as_deref(), Some("1369405692.00"));
    assert_eq!(report.violations[0].maximum_basis.as_deref(), Some("turnover"));
}

/// The register of real decisions (README, "The register of real decisions"; issue 11): each file
/// states the total its decision published, so `check` has a figure to reproduce, and opens with
/// a comment citing its sources; together they span at least 25 decisions of 5 authorities.
#[test]
fn every_register_file_states_its_published_total_and_cites_its_sources() {
    let mut authorities = BTreeSet::new();
    let files = examples();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let header: Vec<&str> = text.lines().take_while(|line| line.starts_with('#')).collect();
        assert!(header.len() >= 3, "{}: a header comment citing the sources", path.display());
        let report = report(path.to_str().unwrap(), &[]);
        assert!(report.case.published_total.is_some(), "{}: no published_total", path.display());
        authorities.insert(report.case.authority);
    }
    assert!(files.len() >= 25, "{} decisions in the register", files.len());
    assert!(authorities.len() >= 5, "authorities: {authorities:?}");
}

/// The README's register table lists every file with its authority, date and three amounts: the
/// total before settlement reductions, the total imposed (the published total) and the total
/// that stands after the file's appeals, so the table cannot drift from the files it describes.
#[test]
fn readme_register_table_lists_every_file_with_its_figures() {
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).unwrap();
    let section = readme.split("## The register of real decisions").nth(1).expect("the README section");
    let table = section.split("\n## ").next().unwrap();
    assert!(table.contains("| decision | authority | decided | total | imposed | final | reproduced |"), "header");
    for path in examples() {
        let name = path.file_name().unwrap().to_str().unwrap();
        let row = table.lines().find(|line| line.contains(&format!("(examples/{name})")));
        let row = row.unwrap_or_else(|| panic!("README register: no row for examples/{name}"));
        let report = report(path.to_str().unwrap(), &[]);
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        assert_eq!(cells[2], report.case.authority, "{name}");
        assert_eq!(Some(cells[3]), report.case.decided.as_deref(), "{name}");
        // A decision in another currency shows it: "PLN 5,000".
        let written = |amount: &str| match report.case.currency.as_str() {
            "EUR" => grouped(amount),
            code => format!("{code} {}", grouped(amount)),
        };
        let imposed = report.case.published_total.as_deref().unwrap();
        assert_eq!(cells[5], written(imposed), "{name}: imposed");
        assert_eq!(cells[4], written(&before_reductions(&report).to_string()), "{name}: total before reductions");
        // An appeal that leaves the total not known (a referral back without the new amount)
        // shows "not known", never the decision's total.
        let stands = final_total(path.to_str().unwrap()).map_or_else(|| "not known".to_string(), |t| written(&t));
        assert_eq!(cells[6], stands, "{name}: final");
    }
}

/// The total before any settlement reduction: the total plus what each reduction took off.
fn before_reductions(report: &crate::contract::Report) -> Decimal {
    let taken: Decimal =
        report.violations.iter().flat_map(|v| &v.reductions).map(|r| r.amount.parse::<Decimal>().unwrap()).sum();
    report.total_before_reductions.parse::<Decimal>().unwrap() + taken
}

/// `final_total` where the report has one (after appeals), else the total; `None` where the
/// appeals leave the total not known.
fn final_total(path: &str) -> Option<String> {
    let (_, stdout, _) = run(&["calc", path, "--format", "json", "--as-of", "2026-01-01"], None);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let appealed = json["appeals"].as_array().is_some_and(|appeals| !appeals.is_empty());
    match json["final_total"].as_str() {
        Some(total) => Some(total.to_string()),
        None if appealed => None,
        None => Some(json["total"].as_str().unwrap().to_string()),
    }
}

/// "35258707.95" -> "35,258,707.95", "530000000.00" -> "530,000,000": how the README writes totals.
fn grouped(amount: &str) -> String {
    let (units, cents) = amount.split_once('.').unwrap_or((amount, "00"));
    let mut out = String::new();
    for (i, digit) in units.chars().enumerate() {
        if i > 0 && (units.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if cents != "00" {
        out.push('.');
        out.push_str(cents);
    }
    out
}

/// UODO DKE.561.2.2020: PLN 5,000 "co stanowi równowartość 1.168,39 EUR" at the NBP rate of
/// 28 January 2020, 4.2794 PLN per EUR; turnover unknown, so the Art. 83(5) maximum is at least
/// EUR 20,000,000 x 4.2794 = PLN 85,588,000.00 (both typed from the decision and the Regulation).
#[test]
fn uodo_2020_is_read_and_reported_in_zloty_with_the_eur_equivalent_it_states() {
    let report = report("examples/uodo-sole-trader-2020.toml", &[]);
    assert_eq!(report.case.currency, "PLN");
    assert_eq!(report.total, "5000.00");
    assert_eq!(report.total_eur.as_deref(), Some("1168.39"));
    let violation = &report.violations[0];
    assert_eq!(violation.legal_maximum.as_deref(), Some("85588000.00"));
    assert_eq!(violation.maximum_basis.as_deref(), Some("at-least"));
    assert_eq!(violation.legal_maximum_eur.as_deref(), Some("20000000.00"));
    assert!(report.total_steps.iter().any(|s| s.detail.contains("rounded half-up to the cent")));

    // A mistyped EUR equivalent fails `check` (exit 1).
    let text = std::fs::read_to_string(manifest_dir().join("examples/uodo-sole-trader-2020.toml")).unwrap();
    let mistyped = text.replace("published_total_eur = \"1168.39\"", "published_total_eur = \"1186.39\"");
    let (code, stdout, _) = run(&["check", "-", "--format", "json"], Some(&mistyped));
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("\"code\": \"total-eur-differs\""), "{stdout}");
}

/// University College Dublin, a public body: Irish law caps its fines at EUR 1,000,000 (Data
/// Protection Act 2018 s.141), whatever the Art. 83 tier of the infringement.
#[test]
fn dpc_ucd_2020_irish_public_body_capped_at_one_million() {
    let report = report("examples/dpc-ucd-2020.toml", &[]);
    for violation in &report.violations {
        let maximum = (violation.legal_maximum.as_deref(), violation.maximum_basis.as_deref());
        assert_eq!(maximum, (Some("1000000.00"), Some("public-body")), "{}", violation.id);
    }
    assert_eq!((report.groups[0].fine.as_str(), report.groups[0].within), ("70000.00", Some(true)));
}

/// TikTok 2025: the turnover is not in the decision, so each fine is checked against an at-least
/// maximum and the turnover it needs is stated (485M / 4 %, 45M / 4 %): a warning, never an error.
#[test]
fn dpc_tiktok_2025_fines_state_the_turnover_they_need() {
    let report = report("examples/dpc-tiktok-2025.toml", &[]);
    let needed: Vec<(&str, Option<&str>)> =
        report.violations.iter().map(|v| (v.id.as_str(), v.required_turnover.as_deref())).collect();
    assert_eq!(needed, [("transfers-to-china", Some("12125000000.00")), ("transparency", Some("1125000000.00"))]);
    assert!(report.violations.iter().all(|v| v.maximum_basis.as_deref() == Some("at-least")));
    assert!(
        report.findings.iter().any(|f| (f.level.as_str(), f.code.as_str()) == ("warning", "maximum-needs-turnover"))
    );
}

/// WhatsApp 2021: Facebook Inc.'s 2020 turnover in USD with no published rate; the four fines of
/// the linked group add up to EUR 225M, which needs a turnover of at least 225M / 4 % = 5.625bn.
#[test]
fn dpc_whatsapp_2021_usd_turnover_without_a_rate() {
    let report = report("examples/dpc-whatsapp-2021.toml", &[]);
    assert_eq!((report.undertaking.turnover.as_deref(), report.undertaking.turnover_year), (None, Some(2020)));
    let group = &report.groups[0];
    assert_eq!((group.kind.as_str(), group.fine.as_str()), ("linked", "225000000.00"));
    assert_eq!(group.required_turnover.as_deref(), Some("5625000000.00"));
}

/// Netflix 2024: one fine for two separate behaviours (no Art. 83(3)): the ceiling is the sum of
/// the two Art. 83(5) maxima, each 4 % of the EUR 30,733M turnover (para 61) = EUR 1,229,320,000.
#[test]
fn ap_netflix_2024_combined_group_ceiling_is_the_sum_of_the_maxima() {
    let report = report("examples/ap-netflix-2024.toml", &[]);
    let group = &report.groups[0];
    assert_eq!((group.kind.as_str(), group.ceiling.as_deref()), ("combined", Some("2458640000.00")));
    assert_eq!((group.fine.as_str(), group.within), ("4750000.00", Some(true)));
}

/// Kruidvat 2024: the AP applied its 2019 rules to an infringement of 2020 (para 85): category III,
/// basic fine EUR 525,000, EUR 600,000 after the Art. 7 factors; no finding that the rules were
/// not in force.
#[test]
fn ap_kruidvat_2024_boetebeleidsregels_2019_for_a_2020_infringement() {
    let report = report("examples/ap-kruidvat-2024.toml", &[]);
    let ap = report.violations[0].ap2019.as_ref().unwrap();
    assert_eq!((ap.category.as_str(), ap.basic_fine.as_str()), ("III", "525000.00"));
    assert_eq!(ap.after_adjustments, "600000.00");
    assert!(report.findings.iter().all(|f| !f.code.starts_with("ap2019")), "{:?}", report.findings);
}

/// Kruidvat 2024 (issue 23): the AP took CK Hutchison's 2022 turnover, EUR 53.5 billion, and states
/// the legal maximum as EUR 2.14 billion (para 109): 4 % of 53,500,000,000 = 2,140,000,000. The
/// infringement ran from 28 April to 1 October 2020 (para 96).
#[test]
fn ap_kruidvat_2024_para_109_maximum_from_the_2022_group_turnover() {
    let report = report("examples/ap-kruidvat-2024.toml", &[]);
    assert_eq!(
        (report.undertaking.turnover.as_deref(), report.undertaking.turnover_year),
        (Some("53500000000.00"), Some(2022))
    );
    let violation = &report.violations[0];
    assert_eq!(violation.legal_maximum.as_deref(), Some("2140000000.00"));
    let dates = (violation.from.as_deref(), violation.until.as_deref());
    assert_eq!(dates, (Some("2020-04-28"), Some("2020-10-01")));
    let (code, stdout, _) = run(&["check", "examples/ap-kruidvat-2024.toml"], None);
    assert_eq!(code, 0, "{stdout}");
}

/// CNPD Deliberação/2021/1569 (Lisbon, issue 23): the CNPD applied Art. 83(3), one fine for linked
/// infringements: the ceiling is the gravest maximum, EUR 20M for a Portuguese public body under
/// Art. 83(5), not the EUR 90M sum (4 x 20M + 10M) of a combined group.
#[test]
fn cnpd_lisboa_2021_art_83_3_linked_ceiling_is_20_million() {
    let report = report("examples/cnpd-pt-lisboa-2021.toml", &[]);
    let group = &report.groups[0];
    assert_eq!((group.kind.as_str(), group.ceiling.as_deref()), ("linked", Some("20000000.00")));
    assert_eq!((group.fine.as_str(), group.within), ("1250000.00", Some(true)));
    assert_eq!(report.total, "1250000.00");
}

/// AP FSV (7 Apr 2022): six fines computed under the Boetebeleidsregels 2019, as the decision states
/// them: 1,000,000 (category IV by Art. 8.1), 750,000, 750,000, 250,000 (750,000 less a
/// proportionality step of 500,000), 500,000 and 450,000 (category II).
#[test]
fn ap_fsv_2022_six_ap2019_fines_with_a_proportionality_step() {
    let report = report("examples/ap-belastingdienst-fsv-2022.toml", &[]);
    let fines: Vec<(&str, Option<&str>)> =
        report.violations.iter().map(|v| (v.id.as_str(), v.fine.as_deref())).collect();
    assert_eq!(
        fines,
        [
            ("no-legal-basis", Some("1000000.00")),
            ("purpose-specification", Some("750000.00")),
            ("accuracy", Some("750000.00")),
            ("storage-limitation", Some("250000.00")),
            ("security", Some("500000.00")),
            ("dpo-not-involved", Some("450000.00")),
        ]
    );
    let storage = report.violations[3].ap2019.as_ref().unwrap();
    assert_eq!(
        (storage.after_adjustments.as_str(), storage.after_proportionality.as_str()),
        ("750000.00", "250000.00")
    );
    // Foreign Affairs (24 Feb 2022): 465,000 for security, 525,000 lowered to 100,000 (para 231).
    let foreign = crate::contract::report("examples/ap-buitenlandse-zaken-2022.toml", &[]);
    let fines: Vec<Option<&str>> = foreign.violations.iter().map(|v| v.fine.as_deref()).collect();
    assert_eq!(fines, [Some("465000.00"), Some("100000.00")]);
}

/// Datatilsynet, Telenor 2025 (21/03823-45, section 13.5): the 2023 group revenue NOK 80,452,000,000
/// gives "the legal maximum amount pursuant to Article 83(4) GDPR [...] 2% of the total annual
/// turnover, which in 2023 amounted to NOK 1,609,040,000" (typed from the decision), in kroner.
#[test]
fn datatilsynet_telenor_2025_two_percent_of_the_nok_turnover_is_the_decisions_maximum() {
    let report = report("examples/datatilsynet-telenor-2025.toml", &[]);
    assert_eq!(report.case.currency, "NOK");
    assert_eq!(
        (report.undertaking.turnover.as_deref(), report.undertaking.turnover_year),
        (Some("80452000000.00"), Some(2023))
    );
    let violation = &report.violations[0];
    let maximum = (violation.legal_maximum.as_deref(), violation.maximum_basis.as_deref());
    assert_eq!(maximum, (Some("1609040000.00"), Some("turnover")));
}

/// Datainspektionen, Google 2020 (DI-2018-9274, section 3.4.2): Alphabet's 2018 turnover of USD
/// 136,819,000,000 through the ECB rates of 9 March 2020 (0.8729 EUR per USD, 10.7203 SEK per EUR)
/// is "approximately SEK 1,280,000,000,000", and 4 % of it "about 51 200 000 000" kronor.
#[test]
fn imy_google_2020_usd_turnover_reaches_sek_through_the_euro() {
    let report = report("examples/imy-google-2020.toml", &[]);
    // The decision's figures are rounded ("approximately SEK 1,280,000,000,000", "about 51 200 000
    // 000"): compare in billions of kronor, to the precision the decision writes them in.
    let billions = |amount: &Option<String>, dp| {
        (amount.as_deref().unwrap().parse::<Decimal>().unwrap() / Decimal::from(1_000_000_000_u64)).round_dp(dp)
    };
    assert_eq!(billions(&report.undertaking.turnover, 0), Decimal::from(1280));
    for violation in &report.violations {
        assert_eq!(billions(&violation.legal_maximum, 1), Decimal::new(512, 1), "{}", violation.id);
        assert_eq!(violation.maximum_basis.as_deref(), Some("turnover"));
    }
    let fines: Vec<(&str, &str)> = report.groups.iter().map(|g| (g.id.as_str(), g.fine.as_str())).collect();
    assert_eq!(fines, [("complaints-2-and-8", "25000000.00"), ("removal-procedure", "50000000.00")]);
}

/// UODO, Minister of Digital Affairs 2025 (DKN.5131.1.2025, para 124): a public finance sector
/// unit's maximum is PLN 100,000 under art. 102(1) u.o.d.o., "regardless of the provision of
/// Regulation 2016/679 that the infringement concerns": no conversion from euros.
#[test]
fn uodo_minister_2025_public_body_maximum_is_pln_100000() {
    let report = report("examples/uodo-minister-cyfryzacji-2025.toml", &[]);
    let violation = &report.violations[0];
    let maximum = (violation.legal_maximum.as_deref(), violation.maximum_basis.as_deref());
    assert_eq!(maximum, (Some("100000.00"), Some("public-body")));
    assert_eq!(report.total, "100000.00");
    // UODO's English announcement: "EUR 23 757 on Minister of Digital Affairs"; 100,000 / 4.2092
    // = 23,757.48, to the whole euro 23,757.
    assert_eq!(report.case.published_total_eur.as_deref(), Some("23757.00"));
    assert_eq!(report.total_eur.as_deref(), Some("23757.48"));
}
