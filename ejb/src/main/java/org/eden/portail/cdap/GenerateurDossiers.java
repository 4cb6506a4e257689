package org.eden.portail.cdap;

import org.eden.portail.shared.Adresse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic dossiers allocataires that read like real ones: French names, real communes, a
 * household, the rights it would have (AF, PAJE, ASF, APL/ALF/ALS, RSA, prime d'activité, AAH) with
 * plausible amounts, 24 months of transfers, letters, declared income and quotient familial (or
 * "non connu"), debts, and an RSA history in which some files are inside the 24-month window of
 * R-CDAP-5 and some just outside.
 *
 * <p>Deterministic: file {@code rang} of Caf {@code codeCaf} depends only on (graine, codeCaf, rang,
 * reference), never on the files made before it, so any file can be made again alone (tests do)
 * and a million files can be made in any order or in parallel. Numéros allocataires are a
 * permutation of 1…9 999 999 (1 to 7 digits), distinct within a Caf.
 */
public final class GenerateurDossiers {

    /** Months of transfers kept in each file. */
    public static final int MOIS_DE_PAIEMENTS = 24;
    private static final long MODULE = 9_999_999L;
    private static final long MULTIPLICATEUR = 7_654_321L; // prime to 9 999 999: rang → numéro is a bijection
    private static final BigDecimal AF_2_ENFANTS = new BigDecimal("151.05");
    private static final BigDecimal AF_3_ENFANTS = new BigDecimal("344.57");
    private static final BigDecimal AF_PAR_ENFANT_EN_PLUS = new BigDecimal("193.53");
    private static final BigDecimal PAJE_BASE = new BigDecimal("198.16");
    private static final BigDecimal ASF_PAR_ENFANT = new BigDecimal("199.19");
    private static final BigDecimal AAH_TAUX_PLEIN = new BigDecimal("1033.32");

    private final long graine;
    private final LocalDate reference;
    private final ReferentielGeneration ref = ReferentielGeneration.INSTANCE;

    /** @param reference the day the files describe ("today" for them): transfers end the month before */
    public GenerateurDossiers(long graine, LocalDate reference) {
        this.graine = graine;
        this.reference = reference;
    }

    public LocalDate reference() {
        return reference;
    }

    /** The numéro allocataire of file {@code rang} (0 ≤ rang < 9 999 999) of a Caf. */
    public String numero(int rang) {
        long decalage = Math.floorMod(graine * 1_000_003L, MODULE);
        return Long.toString(Math.floorMod(rang * MULTIPLICATEUR + decalage, MODULE) + 1);
    }

    public DossierGenere generer(String codeCaf, int rang) {
        SplittableRandom alea = new SplittableRandom(graine * 0x9E3779B97F4A7C15L + Long.parseLong(codeCaf) * 1_000_000_007L + rang);
        String numero = numero(rang);

        // The household.
        boolean femme = alea.nextInt(100) < 58;
        int age = 20 + alea.nextInt(56);
        LocalDate naissance = reference.minusYears(age).minusDays(alea.nextInt(365));
        String nom = tirer(alea, ref.noms);
        String prenom = tirer(alea, femme ? ref.prenomsFeminins : ref.prenomsMasculins);
        boolean enCouple = alea.nextInt(100) < 45;
        String situation = enCouple
                ? tirer(alea, List.of("Marié(e)", "Pacsé(e)", "Vie maritale"))
                : tirer(alea, List.of("Célibataire", "Célibataire", "Divorcé(e)", "Séparé(e)", "Veuf(ve)"));
        int enfants = age < 22 ? alea.nextInt(2) : age > 62 ? 0 : pondere(alea, 35, 22, 25, 12, 6);
        List<Personne> famille = new ArrayList<>();
        famille.add(new Personne("ALLOCATAIRE", nom, prenom, femme ? "F" : "M", naissance));
        if (enCouple) {
            boolean conjointeFemme = alea.nextInt(100) < 95 != femme;
            String nomConjoint = situation.equals("Vie maritale") ? tirer(alea, ref.noms) : nom;
            famille.add(new Personne("CONJOINT", nomConjoint, tirer(alea, conjointeFemme ? ref.prenomsFeminins : ref.prenomsMasculins),
                    conjointeFemme ? "F" : "M", naissance.plusDays(alea.nextInt(-2500, 2500))));
        }
        List<LocalDate> naissancesEnfants = new ArrayList<>();
        for (int i = 0; i < enfants; i++) {
            int ageMax = Math.min(19, age - 18);
            LocalDate n = reference.minusDays(alea.nextInt(30, Math.max(31, ageMax * 365)));
            naissancesEnfants.add(n);
        }
        naissancesEnfants.sort(Comparator.naturalOrder());
        for (LocalDate n : naissancesEnfants) {
            boolean fille = alea.nextBoolean();
            famille.add(new Personne("ENFANT", nom, tirer(alea, fille ? ref.prenomsFeminins : ref.prenomsMasculins), fille ? "F" : "M", n));
        }
        String activite = age > 62 ? "Retraité(e)" : age < 24 && alea.nextInt(3) == 0 ? "Étudiant(e)"
                : tirer(alea, List.of("Salarié(e)", "Salarié(e)", "Salarié(e)", "Demandeur d'emploi", "Sans activité",
                "Travailleur indépendant"));
        LocalDate affiliation = reference.minusMonths(3 + alea.nextInt(Math.max(4, (age - 18) * 12)));
        IdentiteAllocataire identite = new IdentiteAllocataire(femme ? "Mme" : "M.", nom, prenom, naissance, situation,
                activite, affiliation);

        ReferentielGeneration.Commune commune = tirer(alea, ref.communesDe(codeCaf));
        Adresse adresse = new Adresse(
                (1 + alea.nextInt(120)) + (alea.nextInt(12) == 0 ? " bis" : "") + ", " + tirer(alea, ref.voies),
                commune.codePostal(), commune.nom());

        // The dwelling.
        int typeLogement = alea.nextInt(100);
        int pieces = Math.min(6, 1 + (enCouple ? 1 : 0) + (enfants + 1) / 2 + alea.nextInt(2));
        LocalDate entree = reference.minusMonths(1 + alea.nextInt(180));
        Logement logement;
        boolean locatairePublic = typeLogement < 38;
        boolean locataire = typeLogement < 78;
        if (locatairePublic) {
            logement = new Logement("Locataire (parc social)", tirer(alea, List.of("Eure Habitat", "SECOMILE", "SILOGE",
                    "Mon Logis", "La Plaine Normande")), montant(alea, 280 + 60 * pieces, 520 + 70 * pieces),
                    montant(alea, 40, 140), pieces, entree);
        } else if (locataire) {
            logement = new Logement("Locataire (parc privé)", "M. ou Mme " + tirer(alea, ref.noms),
                    montant(alea, 380 + 80 * pieces, 650 + 110 * pieces), montant(alea, 20, 90), pieces, entree);
        } else if (typeLogement < 92) {
            logement = new Logement("Propriétaire accédant", "Prêt " + tirer(alea, List.of("Crédit Agricole Normandie-Seine",
                    "Caisse d'Épargne Normandie", "Banque Populaire Val de France", "Crédit Mutuel")),
                    montant(alea, 450, 1100), null, pieces, entree);
        } else {
            logement = new Logement("Hébergé(e) à titre gratuit", null, null, null, null, entree);
        }

        // RSA history: 15 % receive it now, 8 % stopped within the last 24 months, 7 % earlier.
        List<PeriodeRsa> rsa = new ArrayList<>();
        int profilRsa = age > 64 ? 99 : alea.nextInt(100);
        BigDecimal montantRsa = montant(alea, 180 + 90 * (enCouple ? 1 : 0) + 60 * enfants, 620 + 250 * (enCouple ? 1 : 0) + 150 * enfants);
        if (profilRsa < 15) {
            rsa.add(new PeriodeRsa(reference.minusMonths(1 + alea.nextInt(72)).withDayOfMonth(1), null, montantRsa));
        } else if (profilRsa < 30) {
            int finIlYa = profilRsa < 23 ? 1 + alea.nextInt(23) : 25 + alea.nextInt(36);
            LocalDate fin = YearMonth.from(reference.minusMonths(finIlYa)).atEndOfMonth();
            rsa.add(new PeriodeRsa(fin.minusMonths(3 + alea.nextInt(30)).withDayOfMonth(1), fin, montantRsa));
        }

        // Rights.
        List<Droit> droits = new ArrayList<>();
        List<LocalDate> enfantsACharge = naissancesEnfants.stream().filter(n -> n.isAfter(reference.minusYears(20))).toList();
        if (enfantsACharge.size() >= 2) {
            BigDecimal af = enfantsACharge.size() == 2 ? AF_2_ENFANTS
                    : AF_3_ENFANTS.add(AF_PAR_ENFANT_EN_PLUS.multiply(BigDecimal.valueOf(enfantsACharge.size() - 3L)));
            droits.add(new Droit(Prestation.AF, af, premierDuMoisSuivant(max(enfantsACharge.get(1), affiliation)), null));
        }
        for (LocalDate n : enfantsACharge) {
            if (n.isAfter(reference.minusYears(3))) {
                droits.add(new Droit(Prestation.PAJE, PAJE_BASE, premierDuMoisSuivant(n), null));
                break;
            }
        }
        if (!enCouple && !enfantsACharge.isEmpty() && alea.nextInt(100) < 45) {
            droits.add(new Droit(Prestation.ASF, ASF_PAR_ENFANT.multiply(BigDecimal.valueOf(enfantsACharge.size())),
                    premierDuMoisSuivant(max(affiliation, enfantsACharge.get(0))), null));
        }
        if (locataire) {
            Prestation aide = locatairePublic ? Prestation.APL : !enfantsACharge.isEmpty() || enCouple ? Prestation.ALF : Prestation.ALS;
            LocalDate debut = premierDuMoisSuivant(max(entree, affiliation));
            if (alea.nextInt(100) < 12) {
                // An earlier aid, ended when the household moved in.
                LocalDate ancienDebut = debut.minusMonths(12 + alea.nextInt(36));
                droits.add(new Droit(Prestation.ALS, montant(alea, 60, 240), ancienDebut, debut.minusDays(1)));
            }
            droits.add(new Droit(aide, montant(alea, 45, 190 + 45 * enfantsACharge.size()), debut, null));
        }
        for (PeriodeRsa p : rsa) {
            droits.add(new Droit(Prestation.RSA, p.montantMensuel(), p.debut(), p.fin()));
        }
        if (activite.equals("Salarié(e)") && alea.nextInt(100) < 38) {
            droits.add(new Droit(Prestation.PPA, montant(alea, 40, 330), reference.minusMonths(1 + alea.nextInt(40)).withDayOfMonth(1), null));
        }
        if (age < 62 && alea.nextInt(100) < 5) {
            BigDecimal aah = alea.nextInt(3) == 0 ? montant(alea, 300, 900) : AAH_TAUX_PLEIN;
            droits.add(new Droit(Prestation.AAH, aah, reference.minusMonths(6 + alea.nextInt(120)).withDayOfMonth(1), null));
        }

        // Debts, recovered by a monthly deduction while something remains.
        List<Creance> creances = new ArrayList<>();
        if (alea.nextInt(100) < 12 && !droits.isEmpty()) {
            int n = 1 + (alea.nextInt(4) == 0 ? 1 : 0);
            for (int i = 0; i < n; i++) {
                Prestation origine = tirer(alea, droits).prestation();
                BigDecimal initial = montant(alea, 80, 2400);
                BigDecimal reste = alea.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(2)
                        : initial.multiply(BigDecimal.valueOf(20 + alea.nextInt(81))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                BigDecimal retenue = reste.signum() > 0 ? montant(alea, 25, 90) : null;
                creances.add(new Creance("Indu de " + origine.getLibelle().toLowerCase(java.util.Locale.FRANCE),
                        reference.minusDays(20 + alea.nextInt(540)), initial, reste, retenue));
            }
        }

        // Transfers: paid on the 5th of the following month, for each of the last 24 months.
        List<Paiement> paiements = new ArrayList<>();
        YearMonth moisCourant = YearMonth.from(reference);
        for (int m = MOIS_DE_PAIEMENTS; m >= 1; m--) {
            YearMonth mois = moisCourant.minusMonths(m);
            StringBuilder detail = new StringBuilder();
            BigDecimal total = BigDecimal.ZERO;
            for (Droit d : droits) {
                if (!d.debut().isAfter(mois.atEndOfMonth()) && (d.fin() == null || !d.fin().isBefore(mois.atDay(1)))) {
                    total = total.add(d.montant());
                    ajouter(detail, d.prestation().name(), d.montant());
                }
            }
            for (Creance c : creances) {
                if (c.retenueMensuelle() != null && !c.date().isAfter(mois.atDay(1)) && total.compareTo(c.retenueMensuelle()) > 0) {
                    total = total.subtract(c.retenueMensuelle());
                    ajouter(detail, Prestation.RETENUE.name(), c.retenueMensuelle().negate());
                }
            }
            if (total.signum() > 0) {
                paiements.add(new Paiement(mois.plusMonths(1).atDay(5), total, detail.toString()));
            }
        }
        paiements.sort(Comparator.comparing(Paiement::date).reversed());

        // Declared income (year N-2) and the quotient familial of the current month; 8 % declared nothing.
        List<Ressource> ressources = new ArrayList<>();
        Integer annee = null;
        QuotientFamilial qf = new QuotientFamilial(null, moisCourant.atDay(1));
        if (alea.nextInt(100) >= 8) {
            annee = reference.getYear() - 2;
            BigDecimal revenus = BigDecimal.ZERO;
            String natureAllocataire = switch (activite) {
                case "Salarié(e)" -> "Salaires et traitements";
                case "Demandeur d'emploi" -> "Allocations de chômage";
                case "Retraité(e)" -> "Pensions et retraites";
                case "Travailleur indépendant" -> "Bénéfices non commerciaux";
                default -> null;
            };
            if (natureAllocataire != null) {
                BigDecimal m = rsa.isEmpty() ? montant(alea, 9000, 32000) : montant(alea, 1500, 9000);
                ressources.add(new Ressource(annee, "ALLOCATAIRE", natureAllocataire, m));
                revenus = revenus.add(m);
            }
            if (enCouple && alea.nextInt(100) < 70) {
                BigDecimal m = montant(alea, 6000, 30000);
                ressources.add(new Ressource(annee, "CONJOINT", "Salaires et traitements", m));
                revenus = revenus.add(m);
            }
            if (ressources.isEmpty()) {
                ressources.add(new Ressource(annee, "ALLOCATAIRE", "Aucun revenu déclaré", BigDecimal.ZERO.setScale(2)));
            }
            BigDecimal prestationsDuMois = droits.stream()
                    .filter(d -> d.fin() == null && d.prestation() != Prestation.APL && d.prestation() != Prestation.ALF
                            && d.prestation() != Prestation.ALS)
                    .map(Droit::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
            double parts = (enCouple || !enfantsACharge.isEmpty() ? 2 : 1)
                    + (enfantsACharge.size() <= 2 ? 0.5 * enfantsACharge.size() : 1 + (enfantsACharge.size() - 2));
            int valeur = revenus.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP).add(prestationsDuMois)
                    .divide(BigDecimal.valueOf(parts), 0, RoundingMode.HALF_UP).intValueExact();
            qf = new QuotientFamilial(valeur, moisCourant.atDay(1));
        }

        // Letters.
        List<Courrier> courriers = new ArrayList<>();
        int nbCourriers = 1 + alea.nextInt(5);
        for (int i = 0; i < nbCourriers; i++) {
            String objet = tirer(alea, List.of(
                    "Notification de vos droits",
                    "Demande de pièces justificatives",
                    "Attestation de paiement",
                    "Rappel : déclaration de ressources à faire",
                    "Changement de situation enregistré",
                    rsa.isEmpty() ? "Information sur la prime d'activité" : "Déclaration trimestrielle de ressources RSA",
                    locataire ? "Notification de droit à l'aide au logement" : "Votre attestation de quotient familial",
                    creances.isEmpty() ? "Relevé de vos prestations" : "Notification d'indu et plan de remboursement"));
            courriers.add(new Courrier(reference.minusDays(alea.nextInt(730)), objet));
        }
        courriers.sort(Comparator.comparing(Courrier::date).reversed());

        DossierAllocataire dossier = new DossierAllocataire(codeCaf, numero, identite, adresse, logement, annee, qf);
        return new DossierGenere(dossier, List.copyOf(famille), List.copyOf(droits), List.copyOf(paiements),
                List.copyOf(courriers), List.copyOf(ressources), List.copyOf(creances), List.copyOf(rsa));
    }

    private static void ajouter(StringBuilder detail, String code, BigDecimal montant) {
        if (detail.length() > 0) {
            detail.append(';');
        }
        detail.append(code).append('=').append(montant.toPlainString());
    }

    private static LocalDate premierDuMoisSuivant(LocalDate jour) {
        return jour.withDayOfMonth(1).plusMonths(1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static BigDecimal montant(SplittableRandom alea, int min, int max) {
        return BigDecimal.valueOf(min * 100L + alea.nextLong((max - min) * 100L + 1), 2);
    }

    private static <T> T tirer(SplittableRandom alea, List<T> liste) {
        return liste.get(alea.nextInt(liste.size()));
    }

    private static int pondere(SplittableRandom alea, int... poids) {
        int total = 0;
        for (int p : poids) {
            total += p;
        }
        int tirage = alea.nextInt(total);
        for (int i = 0; i < poids.length; i++) {
            tirage -= poids[i];
            if (tirage < 0) {
                return i;
            }
        }
        return poids.length - 1;
    }
}
