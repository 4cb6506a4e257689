package org.eden.portail.cdap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tables of the beneficiary base (migration V9) and how a generated file becomes their rows:
 * written once, used by both writers (JDBC batches, PostgreSQL COPY).
 */
final class TablesBase {

    record Table(String nom, List<String> colonnes, Function<DossierGenere, List<Object[]>> lignes) {

        String insertion() {
            return "INSERT INTO " + nom + " (" + String.join(", ", colonnes) + ") VALUES ("
                    + String.join(", ", colonnes.stream().map(c -> "?").toList()) + ")";
        }

        String copie() {
            return "COPY " + nom + " (" + String.join(", ", colonnes) + ") FROM STDIN";
        }
    }

    static final List<Table> TABLES = List.of(
            new Table("alloc_dossier", List.of("code_caf", "numero", "civilite", "nom", "prenom", "date_naissance",
                    "situation_familiale", "activite", "date_affiliation", "adresse_ligne", "code_postal", "commune",
                    "logement_statut", "logement_bailleur", "loyer", "charges", "pieces", "logement_depuis", "revenus_annee",
                    "quotient_familial", "qf_mois"), d -> {
                DossierAllocataire a = d.dossier();
                IdentiteAllocataire i = a.identite();
                Logement l = a.logement();
                return List.<Object[]>of(new Object[]{a.codeCaf(), a.numero(), i.civilite(), i.nom(), i.prenom(),
                        i.dateNaissance(), i.situationFamiliale(), i.activite(), i.dateAffiliation(),
                        a.adresse().getLigne(), a.adresse().getCodePostal(), a.adresse().getCommune(),
                        l.statut(), l.bailleur(), l.loyer(), l.charges(), l.pieces(), l.depuis(),
                        a.revenusAnnee(), a.quotientFamilial().valeur(), a.quotientFamilial().mois()});
            }),
            new Table("alloc_personne", List.of("code_caf", "numero", "rang", "role", "nom", "prenom", "sexe", "date_naissance"),
                    d -> rangees(d, d.famille(), p -> new Object[]{p.role(), p.nom(), p.prenom(), p.sexe(), p.dateNaissance()})),
            new Table("alloc_droit", List.of("code_caf", "numero", "rang", "prestation", "montant", "date_debut", "date_fin"),
                    d -> rangees(d, d.droits(), x -> new Object[]{x.prestation().name(), x.montant(), x.debut(), x.fin()})),
            new Table("alloc_paiement", List.of("code_caf", "numero", "date_paiement", "montant", "detail"), d -> {
                List<Object[]> lignes = new ArrayList<>();
                for (Paiement p : d.paiements()) {
                    lignes.add(new Object[]{d.dossier().codeCaf(), d.dossier().numero(), p.date(), p.montant(), p.detail()});
                }
                return lignes;
            }),
            new Table("alloc_courrier", List.of("code_caf", "numero", "rang", "date_envoi", "objet"),
                    d -> rangees(d, d.courriers(), c -> new Object[]{c.date(), c.objet()})),
            new Table("alloc_ressource", List.of("code_caf", "numero", "rang", "annee", "personne", "nature", "montant"),
                    d -> rangees(d, d.ressources(), r -> new Object[]{r.annee(), r.personne(), r.nature(), r.montant()})),
            new Table("alloc_creance", List.of("code_caf", "numero", "rang", "nature", "date_creance", "montant_initial",
                    "reste_du", "retenue_mensuelle"),
                    d -> rangees(d, d.creances(), c -> new Object[]{c.nature(), c.date(), c.montantInitial(),
                            c.resteDu(), c.retenueMensuelle()})),
            new Table("alloc_periode_rsa", List.of("code_caf", "numero", "rang", "date_debut", "date_fin", "montant_mensuel"),
                    d -> rangees(d, d.periodesRsa(), p -> new Object[]{p.debut(), p.fin(), p.montantMensuel()})));

    private TablesBase() {
    }

    private static <T> List<Object[]> rangees(DossierGenere d, List<T> elements, Function<T, Object[]> valeurs) {
        List<Object[]> lignes = new ArrayList<>(elements.size());
        for (int rang = 0; rang < elements.size(); rang++) {
            Object[] v = valeurs.apply(elements.get(rang));
            Object[] ligne = new Object[v.length + 3];
            ligne[0] = d.dossier().codeCaf();
            ligne[1] = d.dossier().numero();
            ligne[2] = rang;
            System.arraycopy(v, 0, ligne, 3, v.length);
            lignes.add(ligne);
        }
        return lignes;
    }
}
