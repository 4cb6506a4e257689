package org.eden.portail.afas;

import org.eden.portail.shared.Courriel;

/**
 * The mails of a declaration's steps (R-AFAS-5): to the approver when it awaits him, to the
 * providers when it is transmitted or sent back. Short and without figures: the portal shows them.
 */
final class CourrielsAfas {

    private CourrielsAfas() {
    }

    static Courriel aApprouver(String email, String nom, Declaration d) {
        return courriel(email, "AFAS : déclaration à approuver — " + titre(d), nom,
                "la déclaration « " + titre(d) + " » a été soumise à votre approbation. Vous pouvez la transmettre à la Caf ou la renvoyer"
                        + " aux fournisseurs de données avec un commentaire.");
    }

    static Courriel transmise(String email, String nom, Declaration d) {
        return courriel(email, "AFAS : déclaration transmise à la Caf — " + titre(d), nom,
                "l'approbateur a transmis la déclaration « " + titre(d) + " » à la Caf. Elle n'est plus modifiable.");
    }

    static Courriel renvoyee(String email, String nom, Declaration d) {
        return courriel(email, "AFAS : déclaration renvoyée pour correction — " + titre(d), nom,
                "l'approbateur a renvoyé la déclaration « " + titre(d) + " » aux fournisseurs de données. Son commentaire : « "
                        + d.getCommentaire() + " ».");
    }

    private static String titre(Declaration d) {
        return d.getNature().getLibelle() + " " + d.getExercice() + ", " + d.getEquipement().getNom();
    }

    private static Courriel courriel(String email, String objet, String nom, String corps) {
        String texte = "Bonjour " + nom + ",\n\n" + corps + "\n\nConnectez-vous au portail Mon Compte Partenaire pour la consulter.\n";
        String html = "<p>Bonjour " + echapper(nom) + ",</p><p>" + echapper(corps)
                + "</p><p>Connectez-vous au portail Mon Compte Partenaire pour la consulter.</p>";
        return new Courriel(email, objet, texte, html);
    }

    private static String echapper(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
