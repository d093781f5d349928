use super::*;
use rstest::rstest;

const T0: i64 = 1_795_000_000_000; // 2026-11-18, an arbitrary "true" instant

/// A simulated server whose clock is `true - offset` and that stamps at the request's midpoint.
fn sample_at(true_send_ms: f64, offset_ms: f64, rtt_ms: f64) -> Sample {
    let stamp_true = true_send_ms + rtt_ms / 2.0;
    let server_ms = stamp_true - offset_ms;
    Sample {
        // The local clock reads true + offset; Date.now() truncates to whole ms.
        sent_ms: (true_send_ms).floor(),
        rtt_ms,
        server_date_ms: ((server_ms / 1000.0).floor() as i64) * 1000,
        age_s: 0,
    }
}

/// Tiny deterministic generator so jitter is reproducible (randomness is passed in).
struct Lcg(u64);
impl Lcg {
    fn next_f64(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Runs the whole algorithm against a simulated server: coarse samples, then refinement
/// rounds whose probes fire late by a random timer jitter. Returns (estimate, rounds).
fn simulate(offset_ms: f64, base_rtt: f64, jitter_ms: f64, seed: u64) -> (Estimate, usize) {
    let mut rng = Lcg(seed);
    // Local clock = true + offset; "now" below is in local-clock terms.
    let mut true_now = T0 as f64 + rng.next_f64() * 1000.0;
    let mut samples = Vec::new();
    for _ in 0..4 {
        let rtt = base_rtt + rng.next_f64() * jitter_ms;
        let s = sample_at(true_now + offset_ms, offset_ms, rtt);
        // sample_at takes the *local* send time; convert back for the server's view.
        samples.push(Sample {
            sent_ms: s.sent_ms,
            server_date_ms: (((true_now + rtt / 2.0) / 1000.0).floor() as i64) * 1000,
            ..s
        });
        true_now += rtt + 1.0;
    }
    let mut bounds = combine(&samples).unwrap();
    let mut rounds = 0;
    while rounds < MAX_ROUNDS && needs_refinement(&bounds, min_rtt(&samples)) {
        rounds += 1;
        let local_now = true_now + offset_ms;
        for send_local in plan_round(&bounds, local_now, min_rtt(&samples), 50.0) {
            let late = rng.next_f64() * jitter_ms;
            let actual_local = send_local + late;
            let true_send = actual_local - offset_ms;
            let rtt = base_rtt + rng.next_f64() * jitter_ms;
            let stamp_true = true_send + rtt * (0.3 + 0.4 * rng.next_f64());
            let s = Sample {
                sent_ms: actual_local.floor(),
                rtt_ms: rtt,
                server_date_ms: ((stamp_true / 1000.0).floor() as i64) * 1000,
                age_s: 0,
            };
            samples.push(s);
            bounds = bounds
                .intersect(&s.bounds())
                .expect("true bounds never contradict");
            true_now = true_send + rtt;
        }
    }
    (bounds.estimate(), rounds)
}

#[rstest]
#[case(0.0)]
#[case(2437.0)]
#[case(-47_000.0)]
#[case(180_000.0)]
#[case(-420_000.0)]
#[case(3_600_000.0)]
#[case(19_800_000.0)]
#[case(0.5)]
#[case(-999.9)]
#[case(123_456.789)]
#[case(-86_400_000.0 * 400.0)]
fn refinement_reaches_target_on_loopback(#[case] offset: f64) {
    for seed in 1..40 {
        let (est, rounds) = simulate(offset, 1.0, 3.0, seed);
        let err = (est.offset_ms as f64 - offset).abs();
        assert!(
            err <= 20.0,
            "offset {offset}: error {err} ms (seed {seed}, {est:?})"
        );
        assert!(
            est.lo_ms <= offset && offset <= est.hi_ms,
            "true offset outside bounds"
        );
        assert!(rounds <= MAX_ROUNDS);
        assert!(est.uncertainty_ms <= 20, "{est:?}");
    }
}

#[rstest]
#[case(40.0, 20.0)]
#[case(150.0, 80.0)]
fn refinement_on_slow_links_stays_correct(#[case] rtt: f64, #[case] jitter: f64) {
    for seed in 1..20 {
        let (est, _) = simulate(-7_000.3, rtt, jitter, seed);
        assert!(est.lo_ms <= -7_000.3 && -7_000.3 <= est.hi_ms);
        assert!((est.offset_ms as f64 + 7_000.3).abs() <= rtt + jitter + 10.0);
    }
}

#[test]
fn coarse_estimate_is_within_half_a_second_plus_rtt() {
    // Cristian's rule with the truncation correction: offset error ≤ 500 ms + RTT/2.
    for i in 0..200 {
        let offset = -5000.0 + i as f64 * 53.7;
        let s = sample_at(T0 as f64 + offset + i as f64 * 7.3, offset, 2.0);
        let s = Sample {
            server_date_ms: ((((T0 as f64 + i as f64 * 7.3) + 1.0) / 1000.0).floor() as i64) * 1000,
            ..s
        };
        let est = combine(&[s]).unwrap().estimate();
        assert!(
            (est.offset_ms as f64 - offset).abs() <= 502.0,
            "{offset} {est:?}"
        );
        assert!(est.lo_ms <= offset && offset <= est.hi_ms);
    }
}

#[test]
fn contradictory_samples_fall_back_to_the_fastest() {
    let a = Sample {
        sent_ms: 10_000.0,
        rtt_ms: 5.0,
        server_date_ms: 0,
        age_s: 0,
    };
    // Same moment, but the server claims 1 hour later: impossible together.
    let b = Sample {
        sent_ms: 10_010.0,
        rtt_ms: 50.0,
        server_date_ms: 3_600_000,
        age_s: 0,
    };
    let bounds = combine(&[a, b]).unwrap();
    assert_eq!(bounds, a.bounds());
}

#[test]
fn no_samples_is_an_error() {
    assert_eq!(combine(&[]), Err(CoreError::NoSamples));
}

#[test]
fn age_widens_and_shifts() {
    let fresh = Sample {
        sent_ms: 100_000.0,
        rtt_ms: 2.0,
        server_date_ms: 90_000,
        age_s: 0,
    };
    let cached = Sample { age_s: 10, ..fresh };
    assert!(cached.bounds().width() > fresh.bounds().width() + 999.0);
    assert!(cached.bounds().hi_ms < fresh.bounds().hi_ms);
}

#[rstest]
#[case(Some("Sun, 06 Nov 1994 08:49:37 GMT"), Ok(784_111_777_000))]
#[case(Some("Sunday, 06-Nov-94 08:49:37 GMT"), Ok(784_111_777_000))]
#[case(Some("Sun Nov  6 08:49:37 1994"), Ok(784_111_777_000))]
#[case(Some("  Wed, 25 Nov 2026 08:00:00 GMT "), Ok(1_795_593_600_000))]
#[case(Some("Thu, 29 Feb 2024 23:59:60 GMT"), Ok(1_709_251_200_000))]
#[case(None, Err(CoreError::MissingDateHeader))]
#[case(Some(""), Err(CoreError::BadDateHeader(String::new())))]
#[case(Some("garbage"), Err(CoreError::BadDateHeader("garbage".into())))]
#[case(Some("Sun, 06 Nov 1994 08:49:37 UTC"), Err(CoreError::BadDateHeader("Sun, 06 Nov 1994 08:49:37 UTC".into())))]
#[case(Some("Sun, 31 Feb 1994 08:49:37 GMT"), Err(CoreError::BadDateHeader("Sun, 31 Feb 1994 08:49:37 GMT".into())))]
#[case(Some("Sun, 06 Nov 1994 24:00:00 GMT"), Err(CoreError::BadDateHeader("Sun, 06 Nov 1994 24:00:00 GMT".into())))]
#[case(Some("Sun, 06 Foo 1994 08:49:37 GMT"), Err(CoreError::BadDateHeader("Sun, 06 Foo 1994 08:49:37 GMT".into())))]
#[case(Some("1994-11-06T08:49:37Z"), Err(CoreError::BadDateHeader("1994-11-06T08:49:37Z".into())))]
#[case(Some("Sun, 06 Nov 1994 08:49 GMT"), Err(CoreError::BadDateHeader("Sun, 06 Nov 1994 08:49 GMT".into())))]
fn date_headers(#[case] header: Option<&str>, #[case] expected: Result<i64, CoreError>) {
    let got = Sample::from_headers(header, None, 0.0, 1.0).map(|s| s.server_date_ms);
    assert_eq!(got, expected);
}

#[test]
fn bad_header_message_is_bounded() {
    let long = "x".repeat(10_000);
    match parse_http_date(&long) {
        Err(CoreError::BadDateHeader(s)) => assert_eq!(s.len(), 64),
        other => panic!("{other:?}"),
    }
}

#[test]
fn format_and_parse_round_trip() {
    for ms in [
        0,
        784_111_777_000,
        1_709_251_199_000,
        T0 / 1000 * 1000,
        4_102_444_800_000,
    ] {
        assert_eq!(parse_http_date(&format_http_date(ms)), Ok(ms));
    }
}

fn est(offset_ms: i64, unc: u64) -> Estimate {
    OffsetBounds {
        lo_ms: (offset_ms - unc as i64) as f64,
        hi_ms: (offset_ms + unc as i64) as f64,
    }
    .estimate()
}

#[rstest]
#[case(0, 10, CheckStatus::Ok)]
#[case(59_999, 10, CheckStatus::Ok)]
#[case(-59_999, 10, CheckStatus::Ok)]
#[case(60_000, 10, CheckStatus::Warn)]
#[case(-60_000, 10, CheckStatus::Warn)]
#[case(299_999, 10, CheckStatus::Warn)]
#[case(300_000, 10, CheckStatus::Fail)]
#[case(-300_000, 10, CheckStatus::Fail)]
#[case(3_600_000, 600, CheckStatus::Fail)]
#[case(i64::MIN / 4, 500, CheckStatus::Fail)]
// An interval reaching from "ok" into "fail" proves nothing.
#[case(10_000, 400_000, CheckStatus::Unknown)]
fn verdicts(#[case] offset: i64, #[case] unc: u64, #[case] expected: CheckStatus) {
    assert_eq!(verdict(&est(offset, unc), Thresholds::default()), expected);
}

#[test]
fn custom_thresholds() {
    let t = Thresholds {
        warn_ms: 5_000,
        fail_ms: 10_000,
    };
    assert_eq!(verdict(&est(4_999, 1), t), CheckStatus::Ok);
    assert_eq!(verdict(&est(5_000, 1), t), CheckStatus::Warn);
    assert_eq!(verdict(&est(10_000, 1), t), CheckStatus::Fail);
}

#[rstest]
#[case(0, false)]
#[case(29 * 60_000, false)]
#[case(30 * 60_000, true)]
#[case(-30 * 60_000, true)]
#[case(3_600_000, true)]
#[case(3_600_000 + 119_000, true)]
#[case(3_600_000 + 121_000, false)]
#[case(3_600_000 - 120_000, true)]
#[case(19_800_000, true)] // +5 h 30 min (India)
#[case(-20_700_000, true)] // −5 h 45 min (Nepal)
#[case(-420_000, false)] // −7 min: just a wrong clock
#[case(7 * 60_000 + 30 * 60_000, false)] // 37 minutes
fn timezone_rule(#[case] offset: i64, #[case] expected: bool) {
    assert_eq!(timezone_hint(offset), expected);
}

#[rstest]
#[case(0, "less than a tenth of a second off")]
#[case(2_437, "2.4 seconds ahead")]
#[case(-47_000, "47 seconds behind")]
#[case(-1_000, "1 second behind")]
#[case(180_000, "3 minutes ahead")]
#[case(-432_000, "7 minutes 12 seconds behind")]
#[case(3_600_000, "1 hour ahead")]
#[case(19_800_000, "5 hours 30 minutes ahead")]
#[case(-90_061_000, "1 day 1 hour behind")]
#[case(59_960, "60 seconds ahead")]
fn plain_words(#[case] offset: i64, #[case] expected: &str) {
    assert_eq!(describe_offset(offset), expected);
}

#[test]
fn plan_round_targets_one_tick_with_lead() {
    let b = OffsetBounds {
        lo_ms: -1000.0,
        hi_ms: 0.0,
    };
    let times = plan_round(&b, 50_000.0, 2.0, 100.0);
    assert_eq!(times.len(), MAX_PROBES_PER_ROUND);
    assert!(times[0] >= 50_100.0);
    assert!(times.windows(2).all(|w| w[0] < w[1]));
    assert!(times.last().unwrap() - times[0] < 1000.0);
}

#[rstest]
#[case(0, "UTC+00:00")]
#[case(60, "UTC+01:00")]
#[case(330, "UTC+05:30")]
#[case(-420, "UTC−07:00")]
fn utc_offsets(#[case] minutes: i32, #[case] expected: &str) {
    assert_eq!(format_utc_offset(minutes), expected);
}
