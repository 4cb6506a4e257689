package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
            EntrepotStatistiques.CubeLu lu = entrepot.cubeLu(millesime, mois, theme, regime);
            Map<SecretStatistique.Cle, Statistique> parCle = new LinkedHashMap<>();
            Set<SecretStatistique.Cle> secrets = new HashSet<>();
            for (int i = 0; i < lu.figures().size(); i++) {
                Statistique s = lu.figures().get(i);
                parCle.put(SecretStatistique.cle(s), s);
                if (lu.secrets().get(i)) {
                    secrets.add(SecretStatistique.cle(s));
                }
            }
            // Decided at the load under the threshold in force: read as it is; otherwise decided now.
            if (lu.seuil() == null || lu.seuil() != seuil) {
                secrets = SecretStatistique.secrets(theme, regime, lu.figures(), seuil);
            }
            cube = new Cube(Collections.unmodifiableMap(parCle), Set.copyOf(secrets));
            cubes.put(cle, cube);
        }
        return cube;
    }
}
