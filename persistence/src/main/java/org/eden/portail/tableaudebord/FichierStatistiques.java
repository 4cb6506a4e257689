package org.eden.portail.tableaudebord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The monthly file of one vintage (R-TDB-6), as the national decision system delivers it and as
 * docs/contextes.md describes it: UTF-8 (with or without BOM), {@code ;}-separated, a header line
 * {@value #ENTETE}, then one figure a line. Every line is checked on its own here (fields, codes,
 * one vintage and one month in the whole file, no figure twice); the totals are checked by
 * {@link CoherenceStatistiques}. A refused line is reported with its number and why.
 */
public final class FichierStatistiques {

    public static final String ENTETE = "millesime;mois;regime;statut;niveau;code;theme;indicateur;valeur;foyers";
    /** Beyond this, the file is not the monthly file of one vintage (about 22,000 lines). */
    public static final int LIGNES_MAX = 100_000;
    private static final int REFUS_MAX = 500;

    /** What reading a file gave: its figures and the refused lines. */
    public record Lecture(Millesime millesime, YearMonth mois, List<CoherenceStatistiques.Ligne> lignes,
                          List<CoherenceStatistiques.Refus> refus, int refusNonDetailles) {

        public boolean sansRefus() {
            return refus.isEmpty();
        }
    }

    private FichierStatistiques() {
    }

    /**
     * Reads and checks every line.
     *
     * @param progression told the number of lines read, every 1,000
     */
    public static Lecture lire(BufferedReader lecteur, IntConsumer progression) throws IOException {
        List<CoherenceStatistiques.Ligne> lignes = new ArrayList<>();
        List<CoherenceStatistiques.Refus> refus = new ArrayList<>();
        int[] nonDetailles = {0};
        Map<String, Integer> vues = new HashMap<>();
        Millesime millesime = null;
        YearMonth mois = null;
        String texte = lecteur.readLine();
        if (texte != null && texte.startsWith("\uFEFF")) {
            texte = texte.substring(1);
        }
        if (texte == null || !texte.strip().equalsIgnoreCase(ENTETE)) {
            refus.add(new CoherenceStatistiques.Refus(1, "R-TDB-6 : ligne 1 : l'en-tête attendu est « " + ENTETE + " »."));
            return new Lecture(null, null, lignes, refus, 0);
        }
        int numero = 1;
        while ((texte = lecteur.readLine()) != null) {
            numero++;
            if (texte.isBlank()) {
                continue;
            }
            if (numero > LIGNES_MAX + 1) {
                refus.add(new CoherenceStatistiques.Refus(numero, "R-TDB-6 : le fichier dépasse " + LIGNES_MAX
                        + " lignes : ce n'est pas le fichier mensuel d'un millésime."));
                break;
            }
            int n = numero;
            try {
                Statistique s = ligne(texte);
                if (millesime == null) {
                    millesime = s.millesime();
                    mois = s.mois();
                } else if (s.millesime() != millesime || !s.mois().equals(mois)) {
                    throw new IllegalArgumentException("le fichier est celui de " + millesime + " " + mois + ", cette ligne de "
                            + s.millesime() + " " + s.mois() + " : un fichier par millésime et par mois");
                }
                Integer premiere = vues.putIfAbsent(s.cle(), n);
                if (premiere != null) {
                    throw new IllegalArgumentException("cette valeur est déjà donnée ligne " + premiere);
                }
                lignes.add(new CoherenceStatistiques.Ligne(n, s));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                if (refus.size() < REFUS_MAX) {
                    refus.add(new CoherenceStatistiques.Refus(n, "R-TDB-6 : ligne " + n + " : " + e.getMessage() + "."));
                } else {
                    nonDetailles[0]++;
                }
            }
            if (numero % 1_000 == 0) {
                progression.accept(numero);
            }
        }
        if (lignes.isEmpty() && refus.isEmpty()) {
            refus.add(new CoherenceStatistiques.Refus(2, "R-TDB-6 : le fichier ne contient aucune valeur."));
        }
        return new Lecture(millesime, mois, lignes, refus, nonDetailles[0]);
    }

    /** One line into a figure, or why not (an IllegalArgumentException whose message is French). */
    static Statistique ligne(String texte) {
        String[] c = texte.split(";", -1);
        if (c.length != 10) {
            throw new IllegalArgumentException(c.length + " champs au lieu de 10 (" + ENTETE + ")");
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].strip();
            if (c[i].length() >= 2 && c[i].startsWith("\"") && c[i].endsWith("\"")) {
                c[i] = c[i].substring(1, c[i].length() - 1);
            }
        }
        Millesime millesime = valeur(Millesime.class, c[0], "millésime");
        YearMonth mois;
        try {
            mois = YearMonth.parse(c[1]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("mois « " + c[1] + " » illisible (AAAA-MM)");
        }
        Regime regime = valeur(Regime.class, c[2], "régime");
        Statut statut = c[3].isEmpty() ? Statut.ENSEMBLE : valeur(Statut.class, c[3], "statut");
        if (regime == Regime.CNAF && statut != Statut.ENSEMBLE) {
            throw new IllegalArgumentException("le statut salarié / exploitant n'existe que pour la MSA");
        }
        Niveau niveau = valeur(Niveau.class, c[4], "niveau");
        String code = c[5];
        boolean connu = switch (niveau) {
            case NATIONAL -> code.equals(Niveau.CODE_NATIONAL);
            case DEPARTEMENT -> Territoires.departementsDu(regime).contains(code);
            case CAISSE -> Territoires.caisse(regime, code).isPresent();
        };
        if (!connu) {
            throw new IllegalArgumentException("code « " + code + " » inconnu au niveau " + niveau + " du régime " + regime);
        }
        Theme theme = valeur(Theme.class, c[6], "thème");
        if (theme.indicateur(c[7]).isEmpty()) {
            throw new IllegalArgumentException("indicateur « " + c[7] + " » inconnu du thème " + theme);
        }
        BigDecimal valeur;
        long foyers;
        try {
            valeur = new BigDecimal(c[8].replace(',', '.'));
            foyers = Long.parseLong(c[9]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("valeur « " + c[8] + " » ou foyers « " + c[9] + " » non numérique");
        }
        if (valeur.signum() < 0 || foyers < 0) {
            throw new IllegalArgumentException("valeur et foyers sont positifs ou nuls");
        }
        if (valeur.scale() > 2) {
            throw new IllegalArgumentException("valeur « " + c[8] + " » : deux décimales au plus");
        }
        return new Statistique(millesime, mois, theme, regime, statut, niveau, code, c[7], valeur.setScale(2), foyers);
    }

    private static <E extends Enum<E>> E valeur(Class<E> type, String texte, String quoi) {
        try {
            return Enum.valueOf(type, texte);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(quoi + " « " + texte + " » inconnu");
        }
    }

    /** Writes figures in the file's layout (the generator's files, for the tests and the operators). */
    public static void ecrire(List<Statistique> statistiques, Writer sortie) throws IOException {
        sortie.write(ENTETE);
        sortie.write('\n');
        for (Statistique s : statistiques) {
            sortie.write(s.millesime() + ";" + s.mois() + ";" + s.regime() + ";" + (s.regime() == Regime.CNAF ? "" : s.statut()) + ";"
                    + s.niveau() + ";" + s.code() + ";" + s.theme() + ";" + s.indicateur() + ";" + s.valeur().toPlainString() + ";" + s.foyers() + "\n");
        }
    }
}
