package org.eden.portail.afas;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R-AFAS-3: every figure a declaration holds, with its part, the équipements it applies to, its
 * unit and, for the financial part, its account class. The forms, the API and the controls all
 * read this one list, so a new line is added here and in no screen.
 * <p>
 * ALSH: days open by period (périscolaire, extrascolaire), capacity, hours realised and billed by
 * age band (under / over 6). EAJE: days open, places, hours realised and billed (its children are
 * all under 6, so the under-6 lines carry them).
 */
public enum Poste {
    JOURS_PERISCOLAIRE(Partie.ACTIVITE, Unite.JOURS, null, "Jours d'ouverture en périscolaire", TypeEquipement.ALSH),
    JOURS_EXTRASCOLAIRE(Partie.ACTIVITE, Unite.JOURS, null, "Jours d'ouverture en extrascolaire", TypeEquipement.ALSH),
    JOURS_OUVERTURE(Partie.ACTIVITE, Unite.JOURS, null, "Jours d'ouverture", TypeEquipement.EAJE),
    PLACES(Partie.ACTIVITE, Unite.NOMBRE, null, "Capacité (places)", TypeEquipement.ALSH, TypeEquipement.EAJE),
    HEURES_OUVERTURE_JOUR(Partie.ACTIVITE, Unite.HEURES, null, "Heures d'ouverture par jour", TypeEquipement.ALSH, TypeEquipement.EAJE),
    HEURES_REALISEES_MOINS_6(Partie.ACTIVITE, Unite.HEURES, null, "Heures réalisées, moins de 6 ans", TypeEquipement.ALSH, TypeEquipement.EAJE),
    HEURES_REALISEES_PLUS_6(Partie.ACTIVITE, Unite.HEURES, null, "Heures réalisées, 6 ans et plus", TypeEquipement.ALSH),
    HEURES_FACTUREES_MOINS_6(Partie.ACTIVITE, Unite.HEURES, null, "Heures facturées, moins de 6 ans", TypeEquipement.ALSH, TypeEquipement.EAJE),
    HEURES_FACTUREES_PLUS_6(Partie.ACTIVITE, Unite.HEURES, null, "Heures facturées, 6 ans et plus", TypeEquipement.ALSH),
    NOMBRE_ENFANTS(Partie.ACTIVITE, Unite.NOMBRE, null, "Nombre d'enfants accueillis", TypeEquipement.ALSH, TypeEquipement.EAJE),

    CHARGES_ACHATS(Partie.FINANCES, Unite.EUROS, "60", "Achats", TypeEquipement.ALSH, TypeEquipement.EAJE),
    CHARGES_SERVICES_EXTERIEURS(Partie.FINANCES, Unite.EUROS, "61–62", "Services extérieurs (loyers, entretien…)", TypeEquipement.ALSH, TypeEquipement.EAJE),
    CHARGES_IMPOTS(Partie.FINANCES, Unite.EUROS, "63", "Impôts et taxes", TypeEquipement.ALSH, TypeEquipement.EAJE),
    CHARGES_PERSONNEL(Partie.FINANCES, Unite.EUROS, "64", "Charges de personnel", TypeEquipement.ALSH, TypeEquipement.EAJE),
    CHARGES_AUTRES(Partie.FINANCES, Unite.EUROS, "65–68", "Autres charges et dotations", TypeEquipement.ALSH, TypeEquipement.EAJE),
    CHARGES_CONTRIBUTIONS_NATURE(Partie.FINANCES, Unite.EUROS, "86", "Contributions volontaires en nature (emplois)", TypeEquipement.ALSH, TypeEquipement.EAJE),
    TOTAL_CHARGES_DECLARE(Partie.FINANCES, Unite.EUROS, null, "Total des charges (reporté du compte de résultat)", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_PARTICIPATIONS_FAMILLES(Partie.FINANCES, Unite.EUROS, "70", "Participations des familles", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_VENTES(Partie.FINANCES, Unite.EUROS, "70", "Ventes et autres prestations", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_CAF_PRESTATION_SERVICE(Partie.FINANCES, Unite.EUROS, "74", "Caf : prestation de service", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_CAF_AUTRES(Partie.FINANCES, Unite.EUROS, "74", "Caf : autres financements", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_COMMUNE(Partie.FINANCES, Unite.EUROS, "74", "Commune ou intercommunalité", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_DEPARTEMENT(Partie.FINANCES, Unite.EUROS, "74", "Département", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_ETAT(Partie.FINANCES, Unite.EUROS, "74", "État", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_MSA(Partie.FINANCES, Unite.EUROS, "74", "MSA", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_AUTRES_SUBVENTIONS(Partie.FINANCES, Unite.EUROS, "74", "Autres subventions", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_AUTRES(Partie.FINANCES, Unite.EUROS, "75–78", "Autres produits et reprises", TypeEquipement.ALSH, TypeEquipement.EAJE),
    PRODUITS_CONTRIBUTIONS_NATURE(Partie.FINANCES, Unite.EUROS, "87", "Contributions volontaires en nature (ressources)", TypeEquipement.ALSH, TypeEquipement.EAJE),
    TOTAL_PRODUITS_DECLARE(Partie.FINANCES, Unite.EUROS, null, "Total des produits (reporté du compte de résultat)", TypeEquipement.ALSH, TypeEquipement.EAJE);

    /** How a figure is written: days, people and places are whole numbers, hours and euros have cents. */
    public enum Unite {
        JOURS, NOMBRE, HEURES, EUROS;

        public boolean entier() {
            return this == JOURS || this == NOMBRE;
        }
    }

    private final Partie partie;
    private final Unite unite;
    private final String compte;
    private final String libelle;
    private final Set<TypeEquipement> types;

    Poste(Partie partie, Unite unite, String compte, String libelle, TypeEquipement premier, TypeEquipement... autres) {
        this.partie = partie;
        this.unite = unite;
        this.compte = compte;
        this.libelle = libelle;
        this.types = EnumSet.of(premier, autres);
    }

    public static List<Poste> de(Partie partie, TypeEquipement type) {
        return Arrays.stream(values()).filter(p -> p.partie == partie && p.types.contains(type)).toList();
    }

    public boolean charge() {
        return partie == Partie.FINANCES && name().startsWith("CHARGES_");
    }

    public boolean produit() {
        return partie == Partie.FINANCES && name().startsWith("PRODUITS_");
    }

    public Partie getPartie() {
        return partie;
    }

    public Unite getUnite() {
        return unite;
    }

    public String getCompte() {
        return compte;
    }

    public String getLibelle() {
        return libelle;
    }

    public boolean concerne(TypeEquipement type) {
        return types.contains(type);
    }
}
