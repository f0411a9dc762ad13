package dev.storium.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big a run is: the full run of docs/performance.md, or the smoke run of the build.
 *
 * @param files migration files of the migrate case (one table each)
 * @param tables tables of the generate case
 * @param rows rows of the bulk insert case
 * @param migrations migrations of the status and check case
 * @param repetitions samples of each side of a comparison
 * @param warmRepetitions samples of the warm engine figures (migrate against the JDBC loop, the one-column change,
 *     status, check)
 */
record Sizes(int files, int tables, int rows, int migrations, int repetitions, int warmRepetitions) {
    static final Sizes FULL = new Sizes(500, 1000, 100_000, 1000, 5, 7);
    static final Sizes SMOKE = new Sizes(5, 20, 1000, 20, 1, 1);

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("files", files);
        map.put("tables", tables);
        map.put("rows", rows);
        map.put("migrations", migrations);
        map.put("repetitions", repetitions);
        map.put("warmRepetitions", warmRepetitions);
        return map;
    }
}
