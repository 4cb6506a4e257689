package org.eden.portail.cdap;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eden.portail.shared.PageA4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * R-CDAP-2: the attestation de paiement, a PDF made with Apache PDFBox: the Caf's header, the
 * beneficiary, every transfer of the period with its benefits, the total, the date and a
 * verification reference (also written in the trace of its production, R-CDAP-6, where the Caf
 * finds it again). Pages follow one another when the period has many transfers.
 */
public final class AttestationPaiement {

    /** What the attestation says. */
    public record Contenu(String nomCaf, List<String> adresseCaf, String villeCaf, IdentiteAllocataire allocataire,
                          String numero, LocalDate du, LocalDate au, List<Paiement> paiements, LocalDate le,
                          String reference) {
    }

    private static final float MARGE = 56;
    private static final float LARGEUR = PageA4.LARGEUR;
    private static final float INTERLIGNE = 15;

    private final PDType1Font normale = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font grasse = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public byte[] produire(Contenu c) {
        try {
            return PageA4.document("Attestation de paiement n° " + c.reference(), c.nomCaf(), MARGE, a4 -> rediger(c, new Page(a4)));
        } catch (IOException e) {
            throw new UncheckedIOException("Attestation de paiement impossible à produire", e);
        }
    }

    private void rediger(Contenu c, Page page) throws IOException {
        page.texte(grasse, 15, MARGE, c.nomCaf());
        for (String ligne : c.adresseCaf()) {
            page.texte(normale, 10, MARGE, ligne);
        }
        page.sauter(INTERLIGNE);
        page.texte(grasse, 18, MARGE, "Attestation de paiement");
        page.sauter(6);
        page.texte(normale, 10, MARGE, "Fait à " + c.villeCaf() + ", le " + FormatFrancais.dateLongue(c.le()));
        page.sauter(INTERLIGNE);

        IdentiteAllocataire a = c.allocataire();
        page.texte(grasse, 11, MARGE, "Allocataire : " + a.civilite() + " " + a.prenom() + " " + a.nom().toUpperCase(java.util.Locale.FRANCE));
        page.texte(normale, 11, MARGE, "Numéro allocataire : " + c.numero());
        page.texte(normale, 11, MARGE, "Né(e) le " + FormatFrancais.date(a.dateNaissance()));
        page.sauter(INTERLIGNE);
        page.texte(normale, 11, MARGE, "La " + c.nomCaf() + " certifie avoir versé à l'allocataire désigné ci-dessus");
        page.texte(normale, 11, MARGE, "les sommes suivantes entre le " + FormatFrancais.dateLongue(c.du()) + " et le "
                + FormatFrancais.dateLongue(c.au()) + " :");
        page.sauter(8);

        float colDate = MARGE;
        float colPrestation = MARGE + 90;
        float colMontant = LARGEUR - MARGE;
        page.entete(colDate, colPrestation, colMontant);
        BigDecimal total = BigDecimal.ZERO;
        if (c.paiements().isEmpty()) {
            page.texte(normale, 10, colDate, "Aucun paiement sur cette période.");
        }
        for (Paiement p : c.paiements()) {
            List<LignePaiement> lignes = p.getLignes();
            for (int i = 0; i < lignes.size(); i++) {
                LignePaiement l = lignes.get(i);
                page.ligne(i == 0 ? FormatFrancais.date(p.date()) : "", l.libelle(), FormatFrancais.montant(l.montant()),
                        colDate, colPrestation, colMontant, false);
            }
            page.ligne("", "Total du versement", FormatFrancais.montant(p.montant()), colDate, colPrestation, colMontant, true);
            page.sauter(4);
            total = total.add(p.montant());
        }
        page.sauter(6);
        page.ligne("", "Total versé sur la période", FormatFrancais.montant(total), colDate, colPrestation, colMontant, true);
        page.sauter(INTERLIGNE * 2);
        page.texte(normale, 9, MARGE, "Référence de vérification : " + c.reference());
        page.texte(normale, 9, MARGE, "Document établi par Mon Compte Partenaire. La Caf peut confirmer son authenticité à partir de cette référence.");
    }

    /** The lines of the attestation, in its fonts, on {@link PageA4}. */
    private final class Page extends PageA4.Lignes {

        Page(PageA4 a4) {
            super(a4);
        }

        void texte(PDType1Font police, float taille, float x, String texte) throws IOException {
            a4.place(taille + 4);
            a4.ecrire(police, taille, x, texte);
        }

        void entete(float colDate, float colPrestation, float colMontant) throws IOException {
            a4.place(INTERLIGNE);
            a4.ecrire(grasse, 10, colDate, "Date de paiement");
            a4.ecrire(grasse, 10, colPrestation, "Prestation");
            a4.ecrireADroite(grasse, 10, colMontant, "Montant");
            a4.trait(4);
            a4.sauter(6);
        }

        void ligne(String date, String libelle, String montant, float colDate, float colPrestation, float colMontant,
                   boolean gras) throws IOException {
            a4.place(INTERLIGNE - 2);
            PDType1Font police = gras ? grasse : normale;
            a4.ecrire(normale, 10, colDate, date);
            a4.ecrire(police, 10, colPrestation, libelle);
            a4.ecrireADroite(police, 10, colMontant, montant);
        }
    }
}
