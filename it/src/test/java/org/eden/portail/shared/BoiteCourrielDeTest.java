package org.eden.portail.shared;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client side only: the SMTP server of the test JVM (GreenMail on 127.0.0.1, port
 * {@code eden.it.smtp.port}), where the server under test sends its mails (it runs with
 * {@code -Deden.smtp.port} set to the same port). Kept out of the in-container test classes.
 */
public final class BoiteCourrielDeTest {

    private static GreenMail serveur;

    private BoiteCourrielDeTest() {
    }

    /** Starts an empty mailbox (stopping a previous one). */
    public static synchronized void demarrer() {
        arreter();
        int port = Integer.getInteger("eden.it.smtp.port", 3425);
        serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.start();
    }

    public static synchronized void arreter() {
        if (serveur != null) {
            serveur.stop();
            serveur = null;
        }
    }

    /** Waits until {@code nombre} mails have arrived, at most {@code delai}: true when they have. */
    public static boolean attendre(int nombre, Duration delai) {
        return serveur().waitForIncomingEmail(delai.toMillis(), nombre);
    }

    /**
     * Waits until {@code nombre} of the mails received match {@code lesquels}, at most {@code delai}:
     * true when they have. Counting all mails is not enough where other mails of the class are on
     * their way too: the first ten to arrive need not be the ten a test waits for.
     */
    public static boolean attendre(Predicate<MimeMessage> lesquels, int nombre, Duration delai) {
        long echeance = System.nanoTime() + delai.toNanos();
        while (true) {
            MimeMessage[] recus = recus();
            if (Arrays.stream(recus).filter(lesquels).count() >= nombre) {
                return true;
            }
            long reste = echeance - System.nanoTime();
            // Wakes at the next mail (or at the deadline): no polling.
            if (reste <= 0 || !serveur().waitForIncomingEmail(Math.max(1, reste / 1_000_000), recus.length + 1)) {
                return Arrays.stream(recus()).filter(lesquels).count() >= nombre;
            }
        }
    }

    public static MimeMessage[] recus() {
        return serveur().getReceivedMessages();
    }

    /** The address of the mail's first recipient. */
    public static String destinataire(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String objet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's text/plain part, what its reader sees (the whole content of a mail without parts). */
    public static String texte(MimeMessage message) {
        try {
            Object contenu = message.getContent();
            if (!(contenu instanceof MimeMultipart parties)) {
                return String.valueOf(contenu);
            }
            for (int i = 0; i < parties.getCount(); i++) {
                if (parties.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parties.getBodyPart(i).getContent();
                }
            }
            throw new IllegalStateException("no text/plain part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first group of {@code motif} in a mail's text (an identifier, a password): the test fails when it is missing. */
    public static String premier(Pattern motif, String texte) {
        Matcher m = motif.matcher(texte);
        assertTrue(m.find(), texte);
        return m.group(1);
    }

    private static synchronized GreenMail serveur() {
        if (serveur == null) {
            throw new IllegalStateException("La boîte de test n'est pas démarrée");
        }
        return serveur;
    }
}
