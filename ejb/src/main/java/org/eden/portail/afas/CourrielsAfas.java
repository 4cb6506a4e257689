package org.eden.portail.afas;

import org.eden.portail.shared.Courriel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The mails of a declaration's steps (R-AFAS-5): to the approver when it awaits him, to the
 * providers when it is transmitted or sent back, to both when the Caf sends it back; and the
 * campaign's reminders (R-AFAS-7). Short and without figures: the portal shows them.
 */
final class CourrielsAfas {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    /** R-AFAS-5: the Caf sent the declaration back; providers and approver read its comment. */
    static Courriel aCorriger(String email, String nom, Declaration d) {
        return courriel(email, "AFAS : la Caf demande une correction — " + titre(d), nom,
                "la Caf a renvoyé la déclaration « " + titre(d) + " » pour correction. Son commentaire : « " + d.getCommentaire()
                        + " ». Les fournisseurs de données peuvent de nouveau la modifier, puis la soumettre à l'approbateur.");
    }

    /** R-AFAS-7: the deadline comes; the declaration is not transmitted yet. */
    static Courriel echeanceProche(String email, String nom, String equipement, NatureDeclaration nature, int exercice, LocalDate echeance) {
        return courriel(email, "AFAS : échéance le " + DATE.format(echeance) + " — " + nature.getLibelle() + " " + exercice + ", " + equipement, nom,
                "la déclaration « " + nature.getLibelle() + " " + exercice + " » de l'équipement « " + equipement
                        + " » est attendue par la Caf au plus tard le " + DATE.format(echeance) + " et ne lui a pas encore été transmise.");
    }

    /** R-AFAS-7: the deadline passed; the approver is told the declaration is late. */
    static Courriel echeancePassee(String email, String nom, String equipement, NatureDeclaration nature, int exercice, LocalDate echeance) {
        return courriel(email, "AFAS : déclaration en retard — " + nature.getLibelle() + " " + exercice + ", " + equipement, nom,
                "l'échéance du " + DATE.format(echeance) + " de la déclaration « " + nature.getLibelle() + " " + exercice
                        + " » de l'équipement « " + equipement + " » est passée et la Caf ne l'a pas reçue. Transmettez-la dès que possible.");
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
