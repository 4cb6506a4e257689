package org.eden.portail.tableaudebord;

import java.util.List;
import java.util.Optional;

import static org.eden.portail.tableaudebord.Indicateur.effectif;
import static org.eden.portail.tableaudebord.Indicateur.partie;

/**
 * The Elisa themes of R-TDB-3 with their indicators, in the order of the dashboards. The codes are
 * those of the import file and the API; the first indicator of a theme is its headline (the
 * chart's series, the summary's figure).
 */
public enum Theme {
    PERSONNES_COUVERTES(Famille.RSA, "Personnes couvertes", List.of(
            effectif("FOYERS", "Foyers allocataires du RSA"),
            effectif("PERSONNES", "Personnes couvertes"),
            effectif("ENFANTS", "dont enfants"))),
    DROITS_ET_DEVOIRS(Famille.RSA, "Droits et devoirs", List.of(
            effectif("SOUMIS", "Foyers soumis aux droits et devoirs"),
            partie("ORIENTES", "dont orientés", "SOUMIS"),
            partie("NON_ORIENTES", "dont non orientés", "SOUMIS"))),
    SITUATION_FAMILIALE(Famille.RSA, "Situation familiale", List.of(
            effectif("ENSEMBLE", "Ensemble des foyers"),
            partie("SEUL_SANS_ENFANT", "Personne seule sans enfant", "ENSEMBLE"),
            partie("SEUL_AVEC_ENFANTS", "Personne seule avec enfant(s)", "ENSEMBLE"),
            partie("COUPLE_SANS_ENFANT", "Couple sans enfant", "ENSEMBLE"),
            partie("COUPLE_AVEC_ENFANTS", "Couple avec enfant(s)", "ENSEMBLE"))),
    ANCIENNETE(Famille.RSA, "Ancienneté", List.of(
            effectif("ENSEMBLE", "Ensemble des foyers"),
            partie("MOINS_UN_AN", "Moins d'un an", "ENSEMBLE"),
            partie("UN_A_CINQ_ANS", "De 1 à 5 ans", "ENSEMBLE"),
            partie("CINQ_ANS_ET_PLUS", "5 ans et plus", "ENSEMBLE"))),
    MONTANTS_MOYENS(Famille.RSA, "Montants moyens", List.of(
            new Indicateur("MOYEN_RSA", "Montant moyen du RSA par foyer (€)", Nature.MOYENNE, null),
            new Indicateur("MOYEN_RSA_AVEC_ENFANTS", "Montant moyen, foyers avec enfant(s) (€)", Nature.MOYENNE, null))),
    SUIVI_FLUX_RSA(Famille.RSA, "Suivi des flux RSA", List.of(
            effectif("ENTREES", "Entrées dans le RSA"),
            effectif("SORTIES", "Sorties du RSA"))),
    SUIVI_FLUX_RSA_PPA(Famille.RSA, "Suivi des flux RSA–PPA", List.of(
            effectif("RSA_ET_PPA", "Foyers percevant le RSA et la prime d'activité"),
            effectif("RSA_VERS_PPA", "Passages du RSA à la prime d'activité"),
            effectif("PPA_VERS_RSA", "Passages de la prime d'activité au RSA"))),
    FINANCIER(Famille.RSA, "Financier", List.of(
            new Indicateur("MONTANT_VERSE", "Montant versé au titre du RSA (€)", Nature.MONTANT, null),
            new Indicateur("INDUS", "Indus constatés (€)", Nature.MONTANT, null))),
    SYNTHESE_PRESTATIONS_LEGALES(Famille.PRESTATIONS_LEGALES, "Synthèse prestations légales", List.of(
            effectif("ALLOCATAIRES", "Allocataires"),
            effectif("PERSONNES", "Personnes couvertes"))),
    CARACTERISTIQUES_ALLOCATAIRES(Famille.PRESTATIONS_LEGALES, "Caractéristiques des allocataires", List.of(
            effectif("ENSEMBLE", "Ensemble des allocataires"),
            partie("MOINS_30_ANS", "Moins de 30 ans", "ENSEMBLE"),
            partie("DE_30_A_49_ANS", "De 30 à 49 ans", "ENSEMBLE"),
            partie("50_ANS_ET_PLUS", "50 ans et plus", "ENSEMBLE"))),
    ENTRETIEN_ENFANTS_MONOPARENTALITE(Famille.PRESTATIONS_LEGALES, "Prestations d'entretien des enfants et monoparentalité", List.of(
            effectif("MONOPARENTS", "Familles monoparentales"),
            effectif("ASF", "Allocataires de l'allocation de soutien familial"))),
    LOGEMENT_REVENUS_GARANTIS(Famille.PRESTATIONS_LEGALES, "Aide au logement ou prestations de revenus garantis", List.of(
            effectif("AIDE_LOGEMENT", "Allocataires d'une aide au logement"),
            effectif("REVENUS_GARANTIS", "Allocataires d'une prestation de revenus garantis"))),
    PRESTATION_INVALIDITE(Famille.PRESTATIONS_LEGALES, "Prestation invalidité", List.of(
            effectif("AAH", "Allocataires de l'AAH"),
            effectif("AAH_TAUX_80", "dont taux d'incapacité d'au moins 80 %")));

    private final Famille famille;
    private final String libelle;
    private final List<Indicateur> indicateurs;

    Theme(Famille famille, String libelle, List<Indicateur> indicateurs) {
        this.famille = famille;
        this.libelle = libelle;
        this.indicateurs = indicateurs;
    }

    public Famille getFamille() {
        return famille;
    }

    public String getLibelle() {
        return libelle;
    }

    public List<Indicateur> getIndicateurs() {
        return indicateurs;
    }

    public Optional<Indicateur> indicateur(String code) {
        return indicateurs.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public static List<Theme> de(Famille famille) {
        return java.util.Arrays.stream(values()).filter(t -> t.famille == famille).toList();
    }
}
