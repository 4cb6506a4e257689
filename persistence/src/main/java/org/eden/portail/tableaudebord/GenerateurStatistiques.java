package org.eden.portail.tableaudebord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic Elisa figures that read like the real ones (DREES/Cnaf magnitudes): about 1.84 to
 * 1.9 million RSA households nationally since 2022 (Nord about 100,000, Bouches-du-Rhône 70,000,
 * Alpes-Maritimes 21,000), the MSA about 2 % of them, more in rural départements and almost none
 * in Paris (where its exploitants' figures fall under statistical secrecy). A figure depends only
 * on (seed, vintage, month, cell): any month can be made again alone, in any order.
 * <p>
 * The finest cells are made first — a Caf for the CNAF, a département and statut for the MSA — and
 * every other row is their sum (a département is the sum of its Cafs, an MSA caisse of its
 * départements, national of either, MSA « ensemble » of salariés and exploitants; averages are
 * weighted by their households), so every generated file passes the import's checks (R-TDB-6).
 * Vintages revise the households a little: FR1 1.5–3 % under FR6, FR2 0.6–1 % under.
 */
public final class GenerateurStatistiques {

    private static final YearMonth ORIGINE = YearMonth.of(2022, 1);
    /** The share of the population that receives a prestation légale from a Caf. */
    private static final double PART_ALLOCATAIRES = 0.205;
    private static final double PART_MSA_RSA = 0.02;

    private final long graine;
    private final Map<String, Double> partRsa = new LinkedHashMap<>();

    public GenerateurStatistiques(long graine) {
        this.graine = graine;
        double somme = Territoires.departements().stream().mapToDouble(d -> d.populationMilliers() * d.tauxRsaRelatif()).sum();
        Territoires.departements().forEach(d -> partRsa.put(d.code(), d.populationMilliers() * d.tauxRsaRelatif() / somme));
    }

    /** National RSA households (all régimes, FR6) of a month: 1.9 M in January 2022, 1.84 M mid-2024, then slowly up. */
    public static double foyersRsaNationaux(YearMonth mois) {
        long m = ORIGINE.until(mois, java.time.temporal.ChronoUnit.MONTHS);
        double tendance = m <= 30 ? 1_900_000 - 2_000.0 * m : 1_840_000 + 600.0 * Math.min(m - 30, 60);
        return tendance * (1 + 0.004 * Math.sin(2 * Math.PI * mois.getMonthValue() / 12.0));
    }

    /** Every figure of one vintage and month: one import file's worth. */
    public List<Statistique> generer(Millesime millesime, YearMonth mois) {
        List<Statistique> lignes = new ArrayList<>(24_000);
        // CNAF: a Caf's cells, then its département's, then national.
        Map<String, Map<String, Cellule>> cnafParDepartement = new LinkedHashMap<>();
        for (Territoires.Caisse caf : Territoires.caisses(Regime.CNAF)) {
            String dep = caf.departements().get(0);
            double partCaf = caf.code().equals("641") ? 0.55 : caf.code().equals("642") ? 0.45 : 1.0;
            Base base = base(millesime, mois, dep, Regime.CNAF, Statut.ENSEMBLE, partCaf, caf.code());
            Map<String, Cellule> cellules = cellules(base, millesime, mois, "C" + caf.code());
            ajouter(lignes, millesime, mois, Regime.CNAF, Statut.ENSEMBLE, Niveau.CAISSE, caf.code(), cellules);
            cnafParDepartement.computeIfAbsent(dep, k -> new LinkedHashMap<>());
            cumuler(cnafParDepartement.get(dep), cellules);
        }
        Map<String, Cellule> cnafNational = new LinkedHashMap<>();
        cnafParDepartement.forEach((dep, cellules) -> {
            ajouter(lignes, millesime, mois, Regime.CNAF, Statut.ENSEMBLE, Niveau.DEPARTEMENT, dep, cellules);
            cumuler(cnafNational, cellules);
        });
        ajouter(lignes, millesime, mois, Regime.CNAF, Statut.ENSEMBLE, Niveau.NATIONAL, Niveau.CODE_NATIONAL, cnafNational);

        // MSA: a département's cells per statut, then its caisse's, then national; « ensemble » is the sum of both.
        Map<Statut, Map<String, Cellule>> national = new LinkedHashMap<>();
        for (Territoires.Caisse caisse : Territoires.caisses(Regime.MSA)) {
            Map<Statut, Map<String, Cellule>> parCaisse = new LinkedHashMap<>();
            for (String dep : caisse.departements()) {
                Map<Statut, Map<String, Cellule>> parDep = new LinkedHashMap<>();
                for (Statut statut : List.of(Statut.SALARIE, Statut.EXPLOITANT)) {
                    Map<String, Cellule> cellules = cellules(base(millesime, mois, dep, Regime.MSA, statut, 1.0, dep),
                            millesime, mois, "M" + dep + statut);
                    parDep.put(statut, cellules);
                }
                parDep.put(Statut.ENSEMBLE, somme(parDep.get(Statut.SALARIE), parDep.get(Statut.EXPLOITANT)));
                parDep.forEach((statut, cellules) -> {
                    ajouter(lignes, millesime, mois, Regime.MSA, statut, Niveau.DEPARTEMENT, dep, cellules);
                    cumuler(parCaisse.computeIfAbsent(statut, s -> new LinkedHashMap<>()), cellules);
                });
            }
            parCaisse.forEach((statut, cellules) -> {
                ajouter(lignes, millesime, mois, Regime.MSA, statut, Niveau.CAISSE, caisse.code(), cellules);
                cumuler(national.computeIfAbsent(statut, s -> new LinkedHashMap<>()), cellules);
            });
        }
        national.forEach((statut, cellules) ->
                ajouter(lignes, millesime, mois, Regime.MSA, statut, Niveau.NATIONAL, Niveau.CODE_NATIONAL, cellules));
        return lignes;
    }

    /** The households a finest cell is about: RSA households and allocataires of prestations légales. */
    private record Base(double foyersRsa, double allocataires) {
    }

    private Base base(Millesime millesime, YearMonth mois, String dep, Regime regime, Statut statut, double part, String cle) {
        Territoires.Departement d = Territoires.departement(dep).orElseThrow();
        double total = foyersRsaNationaux(mois) * partRsa.get(dep) * (1 + 0.01 * bruit("dep", dep, mois.toString()));
        double allocataires = d.populationMilliers() * 1000.0 * PART_ALLOCATAIRES * (1 + 0.01 * bruit("alloc", dep, mois.toString()));
        double msa = PART_MSA_RSA * ruralite(dep);
        double exploitants = partExploitants(dep);
        double partRegime = switch (statut) {
            case ENSEMBLE -> 1 - msa;
            case SALARIE -> msa * (1 - exploitants);
            case EXPLOITANT -> msa * exploitants;
        };
        // The MSA pays family benefits to a larger share than its share of RSA households.
        double partRegimeAllocataires = regime == Regime.CNAF ? 1 - 2.5 * msa : 2.5 * partRegime;
        double revision = revision(millesime, mois, cle + statut);
        return new Base(total * partRegime * part * revision, allocataires * partRegimeAllocataires * part * revision);
    }

    /** How rural a département is, for the MSA's share: none overseas, almost none in Paris and its inner ring. */
    private double ruralite(String dep) {
        return switch (dep) {
            case "971", "972", "973", "974" -> 0;
            case "75", "92", "93", "94" -> 0.05;
            case "77", "78", "91", "95", "69", "13", "59" -> 0.4;
            default -> 1.25 + 0.9 * bruit("rural", dep, "");
        };
    }

    private double partExploitants(String dep) {
        return switch (dep) {
            case "75", "92", "93", "94" -> 0.05;
            default -> 0.3 + 0.12 * bruit("exploitants", dep, "");
        };
    }

    /** FR6 is the truth; FR2 is 0.6–1 % under it, FR1 1.5–3 %. */
    private double revision(Millesime millesime, YearMonth mois, String cle) {
        double u = (bruit("revision", cle, mois.toString()) + 1) / 2;
        return switch (millesime) {
            case FR6 -> 1;
            case FR2 -> 1 - 0.006 - 0.004 * u;
            case FR1 -> 1 - 0.015 - 0.015 * u;
        };
    }

    /** The figures of one finest cell, by theme and indicator ("THEME/INDICATEUR"). */
    private Map<String, Cellule> cellules(Base base, Millesime millesime, YearMonth mois, String cle) {
        Map<String, Cellule> c = new LinkedHashMap<>();
        String m = mois.toString();
        long f = Math.round(base.foyersRsa());
        long a = Math.round(base.allocataires());
        long personnes = Math.round(f * (2.05 + 0.08 * bruit(cle, "pers", m)));
        effectif(c, Theme.PERSONNES_COUVERTES, "FOYERS", f, f);
        effectif(c, Theme.PERSONNES_COUVERTES, "PERSONNES", personnes, f);
        effectif(c, Theme.PERSONNES_COUVERTES, "ENFANTS", Math.round(personnes * (0.38 + 0.03 * bruit(cle, "enf", m))), f);
        long soumis = Math.round(f * (0.985 + 0.01 * bruit(cle, "soumis", m)));
        effectif(c, Theme.DROITS_ET_DEVOIRS, "SOUMIS", soumis, soumis);
        parts(c, Theme.DROITS_ET_DEVOIRS, soumis, cle, m, 0.83, 0.17);
        effectif(c, Theme.SITUATION_FAMILIALE, "ENSEMBLE", f, f);
        long[] familles = parts(c, Theme.SITUATION_FAMILIALE, f, cle, m, 0.50, 0.30, 0.05, 0.15);
        effectif(c, Theme.ANCIENNETE, "ENSEMBLE", f, f);
        parts(c, Theme.ANCIENNETE, f, cle, m, 0.25, 0.40, 0.35);
        long avecEnfants = familles[1] + familles[3];
        moyenne(c, Theme.MONTANTS_MOYENS, "MOYEN_RSA", 520 * (1 + 0.04 * bruit(cle, "moy", m)) * (1 + 0.002 * bruit(cle, "moy" + millesime, m)), f);
        moyenne(c, Theme.MONTANTS_MOYENS, "MOYEN_RSA_AVEC_ENFANTS", 690 * (1 + 0.04 * bruit(cle, "moye", m)), avecEnfants);
        effectif(c, Theme.SUIVI_FLUX_RSA, "ENTREES", Math.round(f * (0.035 + 0.006 * bruit(cle, "ent", m))), null);
        effectif(c, Theme.SUIVI_FLUX_RSA, "SORTIES", Math.round(f * (0.036 + 0.006 * bruit(cle, "sor", m))), null);
        effectif(c, Theme.SUIVI_FLUX_RSA_PPA, "RSA_ET_PPA", Math.round(f * (0.08 + 0.01 * bruit(cle, "ppa", m))), null);
        effectif(c, Theme.SUIVI_FLUX_RSA_PPA, "RSA_VERS_PPA", Math.round(f * (0.012 + 0.002 * bruit(cle, "rp", m))), null);
        effectif(c, Theme.SUIVI_FLUX_RSA_PPA, "PPA_VERS_RSA", Math.round(f * (0.010 + 0.002 * bruit(cle, "pr", m))), null);
        BigDecimal moyen = c.get(Theme.MONTANTS_MOYENS + "/MOYEN_RSA").valeur;
        montant(c, Theme.FINANCIER, "MONTANT_VERSE", moyen.multiply(BigDecimal.valueOf(f)), f);
        long indus = Math.round(f * (0.05 + 0.01 * bruit(cle, "indus", m)));
        montant(c, Theme.FINANCIER, "INDUS", BigDecimal.valueOf(indus * (310 + 40 * bruit(cle, "mindus", m))), indus);
        effectif(c, Theme.SYNTHESE_PRESTATIONS_LEGALES, "ALLOCATAIRES", a, a);
        effectif(c, Theme.SYNTHESE_PRESTATIONS_LEGALES, "PERSONNES", Math.round(a * (2.3 + 0.1 * bruit(cle, "ppl", m))), a);
        effectif(c, Theme.CARACTERISTIQUES_ALLOCATAIRES, "ENSEMBLE", a, a);
        parts(c, Theme.CARACTERISTIQUES_ALLOCATAIRES, a, cle, m, 0.20, 0.45, 0.35);
        effectif(c, Theme.ENTRETIEN_ENFANTS_MONOPARENTALITE, "MONOPARENTS", Math.round(a * (0.15 + 0.02 * bruit(cle, "mono", m))), null);
        effectif(c, Theme.ENTRETIEN_ENFANTS_MONOPARENTALITE, "ASF", Math.round(a * (0.06 + 0.01 * bruit(cle, "asf", m))), null);
        effectif(c, Theme.LOGEMENT_REVENUS_GARANTIS, "AIDE_LOGEMENT", Math.round(a * (0.42 + 0.03 * bruit(cle, "al", m))), null);
        effectif(c, Theme.LOGEMENT_REVENUS_GARANTIS, "REVENUS_GARANTIS", Math.round(a * (0.25 + 0.03 * bruit(cle, "rg", m))), null);
        long aah = Math.round(a * (0.09 + 0.01 * bruit(cle, "aah", m)));
        effectif(c, Theme.PRESTATION_INVALIDITE, "AAH", aah, aah);
        effectif(c, Theme.PRESTATION_INVALIDITE, "AAH_TAUX_80", Math.round(aah * (0.6 + 0.03 * bruit(cle, "aah80", m))), null);
        return c;
    }

    /** A figure being built: value and households, summed over the finer rows. */
    private static final class Cellule {
        final Nature nature;
        BigDecimal valeur;
        long foyers;

        Cellule(Nature nature, BigDecimal valeur, long foyers) {
            this.nature = nature;
            this.valeur = valeur;
            this.foyers = foyers;
        }

        Cellule copie() {
            return new Cellule(nature, valeur, foyers);
        }

        /** Adds a finer row: sums, or the average weighted by households. */
        void ajouter(Cellule autre) {
            if (nature == Nature.MOYENNE) {
                long ensemble = foyers + autre.foyers;
                valeur = ensemble == 0 ? BigDecimal.ZERO.setScale(2)
                        : valeur.multiply(BigDecimal.valueOf(foyers)).add(autre.valeur.multiply(BigDecimal.valueOf(autre.foyers)))
                        .divide(BigDecimal.valueOf(ensemble), 2, RoundingMode.HALF_UP);
                foyers = ensemble;
            } else {
                valeur = valeur.add(autre.valeur);
                foyers += autre.foyers;
            }
        }
    }

    private static void effectif(Map<String, Cellule> c, Theme theme, String indicateur, long valeur, Long foyers) {
        c.put(theme + "/" + indicateur, new Cellule(Nature.EFFECTIF, BigDecimal.valueOf(valeur).setScale(2), foyers == null ? valeur : foyers));
    }

    private static void moyenne(Map<String, Cellule> c, Theme theme, String indicateur, double valeur, long foyers) {
        c.put(theme + "/" + indicateur, new Cellule(Nature.MOYENNE,
                foyers == 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(valeur).setScale(2, RoundingMode.HALF_UP), foyers));
    }

    private static void montant(Map<String, Cellule> c, Theme theme, String indicateur, BigDecimal valeur, long foyers) {
        c.put(theme + "/" + indicateur, new Cellule(Nature.MONTANT, valeur.setScale(2, RoundingMode.HALF_UP), foyers));
    }

    /**
     * The parts of a total in the theme's order of its parts, near the given proportions, that add up
     * to it exactly (largest remainders).
     */
    private long[] parts(Map<String, Cellule> c, Theme theme, long total, String cle, String mois, double... proportions) {
        List<Indicateur> indicateurs = theme.getIndicateurs().stream().filter(i -> i.partieDe() != null).toList();
        double[] p = new double[proportions.length];
        double somme = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = proportions[i] * (1 + 0.05 * bruit(cle, theme + indicateurs.get(i).code(), mois));
            somme += p[i];
        }
        long[] valeurs = new long[p.length];
        double[] restes = new double[p.length];
        long attribue = 0;
        for (int i = 0; i < p.length; i++) {
            double exact = total * p[i] / somme;
            valeurs[i] = (long) Math.floor(exact);
            restes[i] = exact - valeurs[i];
            attribue += valeurs[i];
        }
        for (long reste = total - attribue; reste > 0; reste--) {
            int plusGrand = 0;
            for (int i = 1; i < p.length; i++) {
                if (restes[i] > restes[plusGrand]) {
                    plusGrand = i;
                }
            }
            valeurs[plusGrand]++;
            restes[plusGrand] = -1;
        }
        for (int i = 0; i < p.length; i++) {
            effectif(c, theme, indicateurs.get(i).code(), valeurs[i], null);
        }
        return valeurs;
    }

    private static void cumuler(Map<String, Cellule> total, Map<String, Cellule> partie) {
        partie.forEach((cle, cellule) -> {
            Cellule t = total.get(cle);
            if (t == null) {
                total.put(cle, cellule.copie());
            } else {
                t.ajouter(cellule);
            }
        });
    }

    private static Map<String, Cellule> somme(Map<String, Cellule> a, Map<String, Cellule> b) {
        Map<String, Cellule> total = new LinkedHashMap<>();
        cumuler(total, a);
        cumuler(total, b);
        return total;
    }

    private static void ajouter(List<Statistique> lignes, Millesime millesime, YearMonth mois, Regime regime, Statut statut,
                                Niveau niveau, String code, Map<String, Cellule> cellules) {
        cellules.forEach((cle, cellule) -> {
            int barre = cle.indexOf('/');
            lignes.add(new Statistique(millesime, mois, Theme.valueOf(cle.substring(0, barre)), regime, statut, niveau, code,
                    cle.substring(barre + 1), cellule.valeur, cellule.foyers));
        });
    }

    /** A deterministic number in [-1, 1] for (seed, keys): the same cell always gets the same noise. */
    private double bruit(String a, String b, String c) {
        long h = graine * 0x9E3779B97F4A7C15L;
        h = melanger(h ^ a.hashCode());
        h = melanger(h ^ b.hashCode());
        h = melanger(h ^ c.hashCode());
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    private static long melanger(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
