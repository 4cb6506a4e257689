package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A theme's figures of one vintage, month and régime with their secret cells (R-TDB-5), kept in
 * memory: the figures change only when an import replaces the vintage's month, so the key carries
 * the time of that load and a new load is a new key. Secrecy is computed once per cube, not per
 * caller — the same cells are hidden for everyone.
 * <p>
 * Compact, so that every cube of several years fits: the cells of a theme and régime (statut,
 * level, code, indicator) are the same from one month and vintage to the next, so they are numbered
 * once ({@link Cellules}) and a cube holds only arrays indexed by that number — about 10 bytes a
 * figure instead of a few hundred as objects. Four years of the three vintages make about 3,700
 * cubes of 2,000 cells at most: some 40 MB. Beyond {@value #CAPACITE} cubes, the least recently
 * used goes.
 */
@ApplicationScoped
public class CubesTdb {

    static final int CAPACITE = 6_000;

    /** The figures of a theme and their secret cells. */
    public static final class Cube {
        private final Cellules cellules;
        private final long[] sansVirgule;
        private final byte[] decimales;
        private final BitSet presentes;
        private final BitSet secrets;
        /** The rare figure too long for a {@code long} without its decimal point. */
        private final Map<Integer, BigDecimal> horsNorme;

        private Cube(Cellules cellules, int taille) {
            this.cellules = cellules;
            this.sansVirgule = new long[taille];
            this.decimales = new byte[taille];
            this.presentes = new BitSet(taille);
            this.secrets = new BitSet(taille);
            this.horsNorme = new HashMap<>();
        }

        /**
         * The number of that cell in this cube, or -1 when the cube has none: a table looks each
         * cell up once (a hash of its key) and reads its figure and secrecy by that number.
         */
        public int numero(SecretStatistique.Cle cle) {
            int i = cellules.numero(cle);
            return i >= 0 && presentes.get(i) ? i : -1;
        }

        /** The figure of the cell of that {@link #numero number}, or null for -1. */
        public BigDecimal valeur(int numero) {
            if (numero < 0) {
                return null;
            }
            BigDecimal grande = horsNorme.isEmpty() ? null : horsNorme.get(numero);
            return grande != null ? grande : BigDecimal.valueOf(sansVirgule[numero], decimales[numero]);
        }

        /** Whether the cell of that {@link #numero number} reads « secret statistique » (below the threshold, or deducible from a total). */
        public boolean secret(int numero) {
            return numero >= 0 && secrets.get(numero);
        }

        private void poser(int i, BigDecimal valeur, boolean secret) {
            presentes.set(i);
            secrets.set(i, secret);
            if (valeur.scale() >= Byte.MIN_VALUE && valeur.scale() <= Byte.MAX_VALUE && valeur.unscaledValue().bitLength() < 64) {
                sansVirgule[i] = valeur.unscaledValue().longValue();
                decimales[i] = (byte) valeur.scale();
            } else {
                horsNorme.put(i, valeur);
            }
        }
    }

    /** The numbering of a theme and régime's cells, shared by all its cubes; it only grows. */
    static final class Cellules {
        private final Map<SecretStatistique.Cle, Integer> numeros = new ConcurrentHashMap<>();

        int numero(SecretStatistique.Cle cle) {
            Integer n = numeros.get(cle);
            return n == null ? -1 : n;
        }

        synchronized int numeroter(SecretStatistique.Cle cle) {
            Integer n = numeros.get(cle);
            if (n == null) {
                n = numeros.size();
                numeros.put(cle, n);
            }
            return n;
        }

        int taille() {
            return numeros.size();
        }
    }

    private record Cle(Millesime millesime, YearMonth mois, Theme theme, Regime regime, Instant chargeLe, int seuil) {
    }

    private record ThemeRegime(Theme theme, Regime regime) {
    }

    @Inject
    EntrepotStatistiques entrepot;

    private final Map<ThemeRegime, Cellules> cellules = new ConcurrentHashMap<>();

    private final Map<Cle, Cube> cubes = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
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
            cube = lire(entrepot.cubeLu(millesime, mois, theme, regime), theme, regime, seuil);
            cubes.put(cle, cube);
        }
        return cube;
    }

    /** Whether that cube is in memory, without reading it. */
    public boolean enMemoire(Millesime millesime, YearMonth mois, Theme theme, Regime regime, Instant chargeLe) {
        return cubes.containsKey(new Cle(millesime, mois, theme, regime, chargeLe, SecretStatistique.seuil()));
    }

    /** How many cubes are in memory. */
    public int taille() {
        return cubes.size();
    }

    static Cube construire(EntrepotStatistiques.CubeLu lu, Theme theme, Regime regime, int seuil, Cellules numerotation) {
        List<Statistique> figures = lu.figures();
        int[] numeros = new int[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            numeros[i] = numerotation.numeroter(SecretStatistique.cle(figures.get(i)));
        }
        // Decided at the load under the threshold in force: read as it is; otherwise decided now.
        Set<SecretStatistique.Cle> secretsRecalcules = lu.seuil() == null || lu.seuil() != seuil
                ? SecretStatistique.secrets(theme, regime, figures, seuil) : null;
        Cube cube = new Cube(numerotation, numerotation.taille());
        for (int i = 0; i < figures.size(); i++) {
            Statistique s = figures.get(i);
            boolean secret = secretsRecalcules == null ? lu.secrets().get(i) : secretsRecalcules.contains(SecretStatistique.cle(s));
            cube.poser(numeros[i], s.valeur(), secret);
        }
        return cube;
    }

    private Cube lire(EntrepotStatistiques.CubeLu lu, Theme theme, Regime regime, int seuil) {
        return construire(lu, theme, regime, seuil, cellules.computeIfAbsent(new ThemeRegime(theme, regime), tr -> new Cellules()));
    }
}
