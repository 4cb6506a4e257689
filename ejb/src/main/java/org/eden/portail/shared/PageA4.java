package org.eden.portail.shared;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The PDF documents the portal hands out (the CDAP attestation de paiement, the AFAS declaration
 * record), written with Apache PDFBox from the top of an A4 page down: the current page and the
 * writing position, a new page when the bottom margin is reached.
 */
public final class PageA4 {

    public static final float LARGEUR = PDRectangle.A4.getWidth();
    public static final float HAUTEUR = PDRectangle.A4.getHeight();

    /** What a document says, written page after page. */
    @FunctionalInterface
    public interface Redaction {
        void rediger(PageA4 page) throws IOException;
    }

    private final PDDocument document;
    private final float marge;
    private PDPageContentStream flux;
    private float y;

    private PageA4(PDDocument document, float marge) throws IOException {
        this.document = document;
        this.marge = marge;
        nouvelle();
    }

    /** The bytes of a document titled and signed by {@code auteur}, with margins of {@code marge} points. */
    public static byte[] document(String titre, String auteur, float marge, Redaction redaction) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(titre);
            info.setAuthor(auteur);
            info.setCreator("EDEN · Mon Compte Partenaire");
            PageA4 page = new PageA4(document, marge);
            redaction.rediger(page);
            page.flux.close();
            document.save(sortie);
            return sortie.toByteArray();
        }
    }

    private void nouvelle() throws IOException {
        if (flux != null) {
            flux.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        flux = new PDPageContentStream(document, page);
        y = HAUTEUR - marge;
    }

    /** Leaves a blank of that height (it may run into the bottom margin: the next line turns the page). */
    public void sauter(float hauteur) {
        y -= hauteur;
    }

    /** Moves down to a line of that height, on a new page when it would cross the bottom margin. */
    public void place(float hauteur) throws IOException {
        if (y - hauteur < marge) {
            nouvelle();
        }
        y -= hauteur;
    }

    /** Writes on the current line, from {@code x}. */
    public void ecrire(PDType1Font police, float taille, float x, String texte) throws IOException {
        flux.beginText();
        flux.setFont(police, taille);
        flux.newLineAtOffset(x, y);
        flux.showText(texte);
        flux.endText();
    }

    /** Writes on the current line, ending at {@code droite} (figures in a column). */
    public void ecrireADroite(PDType1Font police, float taille, float droite, String texte) throws IOException {
        float largeur = police.getStringWidth(texte) / 1000 * taille;
        ecrire(police, taille, droite - largeur, texte);
    }

    /**
     * What one document draws with over the page: its own lines (fonts, columns, wrapping) in a
     * subclass, the page's blank lines here.
     */
    public abstract static class Lignes {

        protected final PageA4 a4;

        protected Lignes(PageA4 a4) {
            this.a4 = a4;
        }

        public void sauter(float hauteur) {
            a4.sauter(hauteur);
        }
    }

    /** A rule from margin to margin, {@code sous} points below the current line. */
    public void trait(float sous) throws IOException {
        flux.moveTo(marge, y - sous);
        flux.lineTo(LARGEUR - marge, y - sous);
        flux.stroke();
    }
}
