package org.eden.portail.afas;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.PageA4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * R-AFAS-2, R-AFAS-5: the printable record of a transmitted declaration — what a Caf controller asks
 * for on site, years later: the équipement and its partner, both parts line by line, the computed
 * indicators, the coherence controls failing with their justifications (who, when), and the
 * signatures of the transitions (who, when, from, to, why) from its history. A PDF made with Apache
 * PDFBox, like the CDAP attestation de paiement; pages follow one another.
 */
public final class FicheDeclarationPdf {

    /** What the record says. */
    public record Contenu(String nomCaf, DeclarationVue declaration, String adresse, String numeroDossier,
                          List<Justifiee> justifications, List<EtapeVue> historique, Instant editeeLe, String editeePar) {
    }

    /** A justification of a warning, with its author and time. */
    public record Justifiee(String controleId, String texte, String par, Instant le) {
    }

    private static final float MARGE = 50;
    private static final float LARGEUR = PageA4.LARGEUR;
    private static final char INSECABLE = '\u00A0';
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE).withZone(Fuseau.PARIS);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private final PDType1Font normale = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font grasse = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public byte[] produire(Contenu c) {
        DeclarationResume r = c.declaration().resume();
        try {
            return PageA4.document("Déclaration AFAS " + r.natureLibelle() + " " + r.exercice() + " — " + r.equipement(), c.nomCaf(),
                    MARGE, a4 -> rediger(c, new Page(a4)));
        } catch (IOException e) {
            throw new UncheckedIOException("Fiche de la déclaration impossible à produire", e);
        }
    }

    private void rediger(Contenu c, Page page) throws IOException {
        DeclarationVue d = c.declaration();
        DeclarationResume r = d.resume();
        page.texte(grasse, 14, c.nomCaf());
        page.texte(grasse, 17, "Déclaration AFAS — " + r.natureLibelle() + " " + r.exercice());
        page.sauter(4);
        page.texte(normale, 10, "Partenaire : " + r.organisme());
        page.texte(normale, 10, "Équipement : " + r.equipement() + " (" + r.type() + "), dossier Caf n° " + c.numeroDossier());
        page.texte(normale, 10, "Adresse : " + c.adresse());
        page.texte(normale, 10, "Statut : " + r.statutLibelle() + (r.echeance() == null ? "" : " — échéance du " + JOUR.format(r.echeance())));
        if (d.transmiseLe() != null) {
            page.texte(normale, 10, "Transmise à la Caf le " + HORODATAGE.format(d.transmiseLe()) + " par " + d.transmisePar());
        }
        page.sauter(8);

        for (Partie partie : Partie.values()) {
            page.texte(grasse, 12, partie == Partie.ACTIVITE ? "Partie activité" : "Partie financière");
            String dernier = d.exerciceReelPrecedent() == null ? "" : "Réel " + d.exerciceReelPrecedent();
            page.colonnes(grasse, "Ligne", "Déclaré", dernier);
            for (LigneVue l : d.lignes(partie)) {
                String libelle = (l.compte() == null ? "" : l.compte() + " ") + l.libelle();
                page.colonnes(normale, libelle, valeur(l.valeur(), l.unite()), valeur(l.reelPrecedent(), l.unite()));
            }
            page.sauter(6);
        }

        Indicateurs i = d.indicateurs();
        page.texte(grasse, 12, "Indicateurs calculés");
        page.colonnes(normale, "Heures réalisées", nombre(i.heuresRealisees(), 0) + " h", "");
        page.colonnes(normale, "Heures facturées", nombre(i.heuresFacturees(), 0) + " h", "");
        page.colonnes(normale, "Taux d'occupation", pourcent(i.tauxOccupation()), "");
        page.colonnes(normale, "Taux de facturation", pourcent(i.tauxFacturation()), "");
        page.colonnes(normale, "Coût horaire", euros(i.coutHoraire()), "");
        page.colonnes(normale, "Financement Caf", euros(i.financementCaf()), "");
        page.colonnes(normale, "Résultat", euros(i.resultat()), "");
        page.sauter(6);

        page.texte(grasse, 12, "Contrôles de cohérence");
        if (d.controles().isEmpty()) {
            page.paragraphe(normale, 10, "Aucun contrôle en échec.");
        }
        for (ResultatControle rc : d.controles()) {
            page.paragraphe(grasse, 10, rc.id() + " (" + rc.severite().getLibelle() + ", " + rc.regle() + ") : " + rc.message());
            if (rc.detail() != null) {
                page.paragraphe(normale, 9, rc.detail());
            }
            c.justifications().stream().filter(j -> j.controleId().equals(rc.id())).findFirst().ifPresentOrElse(
                    j -> page.paragrapheSur("Justification de " + j.par() + " le " + HORODATAGE.format(j.le()) + " : " + j.texte()),
                    () -> page.paragrapheSur(rc.bloquant() ? "Contrôle bloquant." : "Non justifié."));
        }
        page.sauter(6);

        page.texte(grasse, 12, "Signatures des étapes");
        for (EtapeVue e : c.historique()) {
            page.paragraphe(normale, 10, HORODATAGE.format(e.quand()) + " — " + e.par() + " : " + e.avant() + " → " + e.apres()
                    + (e.commentaire() == null ? "" : " (« " + e.commentaire() + " »)"));
        }
        page.sauter(12);
        page.paragraphe(normale, 8, "Document édité le " + HORODATAGE.format(c.editeeLe()) + " par " + c.editeePar()
                + " depuis Mon Compte Partenaire. Les chiffres sont ceux enregistrés à cette date ; l'historique en donne les étapes.");
    }

    static String valeur(BigDecimal v, Poste.Unite unite) {
        if (v == null) {
            return "";
        }
        return switch (unite) {
            case EUROS -> euros(v);
            case HEURES -> nombre(v, 0) + " h";
            case JOURS -> nombre(v, 0) + " j";
            case NOMBRE -> nombre(v, 0);
        };
    }

    static String euros(BigDecimal v) {
        return v == null ? "non calculable" : nombre(v, 2) + INSECABLE + "€";
    }

    static String pourcent(BigDecimal v) {
        return v == null ? "non calculable" : nombre(v, 2) + INSECABLE + "%";
    }

    /** {@code 1 234,56} with no-break spaces (the standard fonts draw U+00A0, not U+202F). */
    static String nombre(BigDecimal v, int decimales) {
        if (v == null) {
            return "";
        }
        BigDecimal arrondi = v.setScale(Math.max(decimales, Math.min(2, v.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
        String chiffres = arrondi.abs().toPlainString();
        int virgule = chiffres.indexOf('.');
        String entiers = virgule < 0 ? chiffres : chiffres.substring(0, virgule);
        StringBuilder groupes = new StringBuilder();
        for (int k = 0; k < entiers.length(); k++) {
            if (k > 0 && (entiers.length() - k) % 3 == 0) {
                groupes.append(INSECABLE);
            }
            groupes.append(entiers.charAt(k));
        }
        return (arrondi.signum() < 0 ? "-" : "") + groupes + (virgule < 0 ? "" : "," + chiffres.substring(virgule + 1));
    }

    /** The lines of the record, in its fonts, on {@link PageA4}; whatever the font cannot draw is replaced. */
    private final class Page extends PageA4.Lignes {

        Page(PageA4 a4) {
            super(a4);
        }

        void texte(PDType1Font police, float taille, String texte) throws IOException {
            a4.place(taille + 5);
            ecrire(police, taille, MARGE, texte);
        }

        /** Wrapped to the page's width. */
        void paragraphe(PDType1Font police, float taille, String texte) throws IOException {
            for (String ligne : couper(police, taille, dessinable(police, texte), LARGEUR - 2 * MARGE)) {
                texte(police, taille, ligne);
            }
        }

        void paragrapheSur(String texte) {
            try {
                for (String ligne : couper(normale, 9, dessinable(normale, texte), LARGEUR - 2 * MARGE - 20)) {
                    a4.place(13);
                    ecrire(normale, 9, MARGE + 20, ligne);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void colonnes(PDType1Font police, String libelle, String valeur, String precedent) throws IOException {
            a4.place(13);
            String l = dessinable(police, libelle);
            float largeurLibelle = LARGEUR - 2 * MARGE - 190;
            while (l.length() > 3 && police.getStringWidth(l) / 1000 * 9 > largeurLibelle) {
                l = l.substring(0, l.length() - 2);
            }
            ecrire(police, 9, MARGE, l);
            ecrireADroite(police, 9, LARGEUR - MARGE - 100, valeur);
            ecrireADroite(police, 9, LARGEUR - MARGE, precedent);
        }

        private void ecrire(PDType1Font police, float taille, float x, String texte) throws IOException {
            a4.ecrire(police, taille, x, dessinable(police, texte));
        }

        private void ecrireADroite(PDType1Font police, float taille, float droite, String texte) throws IOException {
            a4.ecrireADroite(police, taille, droite, dessinable(police, texte));
        }
    }

    /** What the standard font cannot draw (an arrow, a narrow no-break space, line breaks) becomes drawable. */
    static String dessinable(PDType1Font police, String texte) {
        StringBuilder s = new StringBuilder();
        for (char ch : texte.replace('\u202F', INSECABLE).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').toCharArray()) {
            if (ch == '→') {
                s.append("->");
                continue;
            }
            try {
                police.encode(String.valueOf(ch));
                s.append(ch);
            } catch (IllegalArgumentException | IOException inconnu) {
                s.append('?');
            }
        }
        return s.toString();
    }

    private static List<String> couper(PDType1Font police, float taille, String texte, float largeur) throws IOException {
        List<String> lignes = new ArrayList<>();
        StringBuilder ligne = new StringBuilder();
        for (String mot : texte.split(" ")) {
            String essai = ligne.isEmpty() ? mot : ligne + " " + mot;
            if (police.getStringWidth(essai) / 1000 * taille > largeur && !ligne.isEmpty()) {
                lignes.add(ligne.toString());
                ligne = new StringBuilder(mot);
            } else {
                ligne = new StringBuilder(essai);
            }
        }
        if (!ligne.isEmpty()) {
            lignes.add(ligne.toString());
        }
        return lignes;
    }
}
