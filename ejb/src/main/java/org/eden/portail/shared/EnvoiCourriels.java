package org.eden.portail.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the {@link Courriel}s the application asks for, through the server's mail session.
 * <p>
 * A mail leaves only after the transaction that fired it has committed (a credential must not be
 * mailed for an account that was never saved), and off the request thread, so a slow or absent
 * SMTP relay never holds a user's screen nor rolls back his operation. A failed attempt is retried
 * after each delay of {@link #DELAIS_ENTRE_TENTATIVES}; the last failure is logged at SEVERE.
 * Logs name the recipient and the subject, never the bodies (they may hold a password).
 */
@ApplicationScoped
public class EnvoiCourriels {

    /** Waits before the 2nd, 3rd and 4th attempts: a relay restart, then a longer outage. */
    public static final List<Duration> DELAIS_ENTRE_TENTATIVES =
            List.of(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(60));

    /** Angus Mail waits forever by default: a relay that accepts and never answers would hold a thread for good. */
    static final Duration ATTENTE_CONNEXION = Duration.ofSeconds(10);
    static final Duration ATTENTE_REPONSE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(EnvoiCourriels.class.getName());

    @Resource(lookup = "java:jboss/mail/Eden")
    Session session;

    // The server's default scheduler (java:comp/DefaultManagedScheduledExecutorService) by its global
    // name, which resolves the same from any module of the EAR.
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService planificateur;

    @Inject
    Event<EchecEnvoiCourriel> echecs;

    @PostConstruct
    void bornerLesAttentes() {
        // The server's session object: settings made in the server configuration win.
        Properties reglages = session.getProperties();
        reglages.putIfAbsent("mail.smtp.connectiontimeout", String.valueOf(ATTENTE_CONNEXION.toMillis()));
        reglages.putIfAbsent("mail.smtp.timeout", String.valueOf(ATTENTE_REPONSE.toMillis()));
    }

    /** Called by CDI after a successful commit (at once when the event was fired outside a transaction). */
    void apresValidation(@Observes(during = TransactionPhase.AFTER_SUCCESS) Courriel courriel) {
        programmer(courriel, 1, Duration.ZERO);
    }

    private void programmer(Courriel courriel, int tentative, Duration delai) {
        planificateur.schedule(() -> tenter(courriel, tentative), delai.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tenter(Courriel courriel, int tentative) {
        try {
            Transport.send(message(courriel));
            if (tentative > 1) {
                LOG.info(() -> courriel + " envoyé à la tentative " + tentative + ".");
            }
        } catch (MessagingException | RuntimeException e) {
            echouer(courriel, tentative, e);
        }
    }

    private void echouer(Courriel courriel, int tentative, Exception e) {
        // The cause's message only (a relay's refusal, "Connection refused"), never the message itself.
        String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
        boolean definitif = tentative > DELAIS_ENTRE_TENTATIVES.size();
        if (definitif) {
            LOG.log(Level.SEVERE, "{0} abandonné après {1} tentatives : {2}", new Object[]{courriel, tentative, cause});
        } else {
            Duration delai = DELAIS_ENTRE_TENTATIVES.get(tentative - 1);
            LOG.log(Level.WARNING, "{0} : échec de la tentative {1} ({2}), nouvel essai dans {3} s",
                    new Object[]{courriel, tentative, cause, delai.toSeconds()});
            programmer(courriel, tentative + 1, delai);
        }
        echecs.fire(new EchecEnvoiCourriel(courriel.destinataire(), courriel.objet(), tentative, definitif, cause));
    }

    /** multipart/alternative: mail clients show the HTML part, or the text part when they cannot. */
    private MimeMessage message(Courriel courriel) throws MessagingException {
        String utf8 = StandardCharsets.UTF_8.name();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // the session's "from" (eden.mail.from), set in the server configuration
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(courriel.destinataire(), true));
        message.setSubject(courriel.objet(), utf8);
        message.setSentDate(new Date());

        MimeBodyPart texte = new MimeBodyPart();
        texte.setText(courriel.texte(), utf8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(courriel.html(), utf8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(texte); // least preferred first (RFC 2046)
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }
}
