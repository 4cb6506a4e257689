package org.eden.portail.afas;

import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Figures of a plausible ALSH and EAJE for the unit tests, every control passing. */
final class DonneesAfas {

    static final Instant LE = Instant.parse("2026-02-02T09:00:00Z");

    private DonneesAfas() {
    }

    static Equipement equipement(TypeEquipement type) {
        Caf caf = new Caf("271", "Caf de l'Eure", null);
        OrganismePartenaire organisme = new OrganismePartenaire(caf, "Familles rurales", TypeOrganisme.ASSOCIATION, "20004167100013",
                new Adresse("1 rue", "27300", "Bernay"));
        return new Equipement(organisme, type == TypeEquipement.ALSH ? "Centre de loisirs" : "Crèche", type, null,
                type + "-0001", 40, new BigDecimal("10"));
    }

    static Map<Poste, BigDecimal> activiteAlsh() {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        v.put(Poste.JOURS_PERISCOLAIRE, n("140"));
        v.put(Poste.JOURS_EXTRASCOLAIRE, n("60"));
        v.put(Poste.PLACES, n("40"));
        v.put(Poste.HEURES_OUVERTURE_JOUR, n("10"));
        v.put(Poste.HEURES_REALISEES_MOINS_6, n("20000"));
        v.put(Poste.HEURES_REALISEES_PLUS_6, n("30000"));
        v.put(Poste.HEURES_FACTUREES_MOINS_6, n("20500"));
        v.put(Poste.HEURES_FACTUREES_PLUS_6, n("30500"));
        v.put(Poste.NOMBRE_ENFANTS, n("120"));
        return v;
    }

    static Map<Poste, BigDecimal> activiteEaje() {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        v.put(Poste.JOURS_OUVERTURE, n("220"));
        v.put(Poste.PLACES, n("30"));
        v.put(Poste.HEURES_OUVERTURE_JOUR, n("11"));
        v.put(Poste.HEURES_REALISEES_MOINS_6, n("50000"));
        v.put(Poste.HEURES_FACTUREES_MOINS_6, n("52000"));
        v.put(Poste.NOMBRE_ENFANTS, n("45"));
        return v;
    }

    /** Charges 300 000 €, produits 300 000 €, totals reported right. */
    static Map<Poste, BigDecimal> finances() {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        v.put(Poste.CHARGES_ACHATS, n("30000"));
        v.put(Poste.CHARGES_SERVICES_EXTERIEURS, n("40000"));
        v.put(Poste.CHARGES_IMPOTS, n("5000"));
        v.put(Poste.CHARGES_PERSONNEL, n("200000"));
        v.put(Poste.CHARGES_AUTRES, n("15000"));
        v.put(Poste.CHARGES_CONTRIBUTIONS_NATURE, n("10000"));
        v.put(Poste.TOTAL_CHARGES_DECLARE, n("300000"));
        v.put(Poste.PRODUITS_PARTICIPATIONS_FAMILLES, n("60000"));
        v.put(Poste.PRODUITS_VENTES, n("0"));
        v.put(Poste.PRODUITS_CAF_PRESTATION_SERVICE, n("90000"));
        v.put(Poste.PRODUITS_CAF_AUTRES, n("10000"));
        v.put(Poste.PRODUITS_COMMUNE, n("100000"));
        v.put(Poste.PRODUITS_DEPARTEMENT, n("10000"));
        v.put(Poste.PRODUITS_ETAT, n("5000"));
        v.put(Poste.PRODUITS_MSA, n("0"));
        v.put(Poste.PRODUITS_AUTRES_SUBVENTIONS, n("5000"));
        v.put(Poste.PRODUITS_AUTRES, n("10000"));
        v.put(Poste.PRODUITS_CONTRIBUTIONS_NATURE, n("10000"));
        v.put(Poste.TOTAL_PRODUITS_DECLARE, n("300000"));
        return v;
    }

    static Map<Poste, BigDecimal> tout(Map<Poste, BigDecimal> activite) {
        Map<Poste, BigDecimal> v = new EnumMap<>(activite);
        v.putAll(finances());
        return v;
    }

    /** The hours of one age band, realised and invoiced alike: only the control under test sees them. */
    static void heures(Map<Poste, BigDecimal> v, boolean moinsDe6Ans, String heures) {
        v.put(moinsDe6Ans ? Poste.HEURES_REALISEES_MOINS_6 : Poste.HEURES_REALISEES_PLUS_6, n(heures));
        v.put(moinsDe6Ans ? Poste.HEURES_FACTUREES_MOINS_6 : Poste.HEURES_FACTUREES_PLUS_6, n(heures));
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
