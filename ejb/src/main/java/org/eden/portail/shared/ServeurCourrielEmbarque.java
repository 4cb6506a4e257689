package org.eden.portail.shared;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * An SMTP server inside the portal for development (GreenMail), so that a developer sees the mails
 * the portal sends without any relay: started only with {@code -Deden.smtp.embarque=true} (the
 * {@code run} profile sets it), on 127.0.0.1 only, SMTP on {@code eden.smtp.port} (the port the
 * mail session sends to, 3025 by default) and IMAP on {@value #PORT_IMAP}. It accepts any user and
 * any password. Without the flag, nothing listens and {@link #courrielsRecus()} is empty.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServeurCourrielEmbarque {

    public static final String ACTIVATION = "eden.smtp.embarque";
    static final int PORT_IMAP = 3143;
    private static final String ADRESSE = "127.0.0.1";

    private static final Logger LOG = Logger.getLogger(ServeurCourrielEmbarque.class.getName());

    private GreenMail serveur;

    @PostConstruct
    void demarrer() {
        if (!Boolean.getBoolean(ACTIVATION)) {
            return;
        }
        int portSmtp = portSmtp();
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(portSmtp, ADRESSE, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(PORT_IMAP, ADRESSE, ServerSetup.PROTOCOL_IMAP)})
                // Any login is accepted and its mailbox created on demand: a developer reads a
                // recipient's mails by logging in with that address and any password.
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        serveur = greenMail;
        LOG.warning(() -> "Serveur de courriel embarqué (développement) : SMTP " + ADRESSE + ":" + portSmtp
                + ", IMAP " + ADRESSE + ":" + PORT_IMAP + ", tout utilisateur accepté. Ne pas utiliser en production.");
    }

    @PreDestroy
    void arreter() {
        if (serveur != null) {
            serveur.stop();
            serveur = null;
        }
    }

    /** The mails received since the start, oldest first; empty when the embedded server is off. */
    @Lock(LockType.READ)
    public Optional<List<CourrielRecu>> courrielsRecus() {
        GreenMail greenMail = serveur;
        if (greenMail == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(greenMail.getReceivedMessages())
                .map(ServeurCourrielEmbarque::recu)
                .sorted(Comparator.comparing(CourrielRecu::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
    }

    private static CourrielRecu recu(MimeMessage message) {
        try {
            String destinataires = InternetAddress.toString(message.getRecipients(Message.RecipientType.TO));
            return new CourrielRecu(Objects.toString(destinataires, ""), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    texte(message).orElse(""));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Courriel reçu illisible", e);
        }
    }

    /** The text/plain part, looked for through nested multiparts. */
    private static Optional<String> texte(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parties = (Multipart) part.getContent();
            for (int i = 0; i < parties.getCount(); i++) {
                BodyPart partie = parties.getBodyPart(i);
                Optional<String> texte = texte(partie);
                if (texte.isPresent()) {
                    return texte;
                }
            }
        }
        return Optional.empty();
    }

    private static int portSmtp() {
        String port = System.getProperty("eden.smtp.port", System.getenv().getOrDefault("EDEN_SMTP_PORT", "3025"));
        return Integer.parseInt(port.strip());
    }
}
