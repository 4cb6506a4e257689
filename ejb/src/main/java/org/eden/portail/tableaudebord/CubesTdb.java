package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A theme's figures of one vintage, month and régime with their secret cells (R-TDB-5), kept in
 * memory: the figures change only when an import replaces the vintage's month, so the key carries
 * the time of that load and a new load is a new key. Secrecy is computed once per cube, not per
 * caller — the same cells are hidden for everyone. At most {@value #CAPACITE} cubes (least recently
 * used out): about 2,000 figures each.
 */
@ApplicationScoped
public class CubesTdb {

    static final int CAPACITE = 400;

    /** The figures of a theme and their secret cells. */
    public record Cube(Map<SecretStatistique.Cle, Statistique> figures, Set<SecretStatistique.Cle> secrets) {
    }

    private record Cle(Millesime millesime, YearMonth mois, Theme theme, Regime regime, Instant chargeLe, int seuil) {
    }

    @Inject
    EntrepotStatistiques entrepot;

    private final Map<Cle, Cube> cubes = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Cle, Cube> eldest) {
            return size() > CAPACITE;
        }
    });

    public Cube cube(Millesime millesime, YearMonth mois, Theme theme, Regime regime, Instant chargeLe) {
        int seuil = SecretStatistique.seuil();
        Cle cle = new Cle(millesime, mois, theme, regime, chargeLe, seuil);
        Cube cube = cubes.get(cle);
        if (cube == null) {
            List<Statistique> figures = entrepot.cube(millesime, mois, theme, regime);
            Map<SecretStatistique.Cle, Statistique> parCle = new LinkedHashMap<>();
            figures.forEach(s -> parCle.put(SecretStatistique.cle(s), s));
            cube = new Cube(Collections.unmodifiableMap(parCle), Set.copyOf(SecretStatistique.secrets(theme, regime, figures, seuil)));
            cubes.put(cle, cube);
        }
        return cube;
    }
}
