package pl.edugmina.recruitment.domain.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A campaign as plain test data (independent of {@link Campaign}'s arrays), generated from a seed so that a failing
 * case can be replayed: the seed is in the test's name.
 */
record RandomCampaign(String drawSeed, List<ClassSpec> classes, List<CandidateSpec> candidates) {

    record ClassSpec(String id, int seats) {
    }

    record PrefSpec(String classId, int tier, long points, long second) {
    }

    record CandidateSpec(long id, List<PrefSpec> prefs) {
    }

    /**
     * Small campaigns with many ties: up to 12 classes with 0–6 seats, up to 60 candidates listing 0–6 classes,
     * a few in a higher tier, points from a narrow range (so ties on points, and on second-tier criteria, are common).
     */
    static RandomCampaign generate(long seed) {
        return generate(seed, 12, 60, 6);
    }

    /** Tiny campaigns (up to 3 classes, 6 candidates, 2 seats) whose matchings can all be enumerated. */
    static RandomCampaign generateTiny(long seed) {
        return generate(seed, 3, 6, 2);
    }

    private static RandomCampaign generate(long seed, int maxClasses, int maxCandidates, int maxSeats) {
        Random rnd = new Random(seed);
        int classCount = 1 + rnd.nextInt(maxClasses);
        List<ClassSpec> classes = new ArrayList<>();
        for (int k = 0; k < classCount; k++) {
            classes.add(new ClassSpec("K" + k, rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(maxSeats + 1)));
        }
        int candidateCount = rnd.nextInt(maxCandidates + 1);
        boolean narrowPoints = rnd.nextBoolean();
        List<CandidateSpec> candidates = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < candidateCount; i++) {
            ids.add(1000L + i * (1 + rnd.nextInt(3)) + rnd.nextInt(2) * 100_000L);
        }
        ids = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (long id : ids) {
            List<String> order = new ArrayList<>(classes.stream().map(ClassSpec::id).toList());
            Collections.shuffle(order, rnd);
            int listed = rnd.nextInt(Math.min(6, classCount) + 1);
            List<PrefSpec> prefs = new ArrayList<>();
            long basePoints = narrowPoints ? 100L * rnd.nextInt(4) : rnd.nextInt(20_001);
            for (int p = 0; p < listed; p++) {
                int tier = rnd.nextInt(12) == 0 ? 1 + rnd.nextInt(2) : 0;
                long points = rnd.nextInt(3) == 0 ? basePoints : (narrowPoints ? 100L * rnd.nextInt(4) : rnd.nextInt(20_001));
                long second = rnd.nextInt(3);
                prefs.add(new PrefSpec(order.get(p), tier, points, second));
            }
            candidates.add(new CandidateSpec(id, prefs));
        }
        return new RandomCampaign("seed-" + seed, classes, candidates);
    }

    RandomCampaign withDrawSeed(String seed) {
        return new RandomCampaign(seed, classes, candidates);
    }

    RandomCampaign shuffled(long seed) {
        List<ClassSpec> cs = new ArrayList<>(classes);
        List<CandidateSpec> ps = new ArrayList<>(candidates);
        Collections.shuffle(cs, new Random(seed));
        Collections.shuffle(ps, new Random(seed + 1));
        return new RandomCampaign(drawSeed, cs, ps);
    }

    Campaign build() {
        Campaign.Builder b = Campaign.builder(drawSeed);
        for (ClassSpec k : classes) {
            b.addClass(k.id(), k.seats());
        }
        for (CandidateSpec c : candidates) {
            b.candidate(c.id());
            for (PrefSpec p : c.prefs()) {
                b.prefer(p.classId(), p.tier(), p.points(), p.second());
            }
        }
        return b.build();
    }

    int seats(String classId) {
        return classes.stream().filter(k -> k.id().equals(classId)).findFirst().orElseThrow().seats();
    }

    /** True when no two applicants of one class are equal in tier, points and second tier (the draw decides nothing). */
    boolean tieFree() {
        java.util.Map<String, java.util.Set<List<Long>>> seen = new java.util.HashMap<>();
        for (CandidateSpec c : candidates) {
            for (PrefSpec p : c.prefs()) {
                if (!seen.computeIfAbsent(p.classId(), x -> new java.util.HashSet<>()).add(List.of((long) p.tier(), p.points(), p.second()))) {
                    return false;
                }
            }
        }
        return true;
    }
}
