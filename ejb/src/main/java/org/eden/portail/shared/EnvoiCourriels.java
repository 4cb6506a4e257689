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
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the {@link Courriel}s the application asks for, through the server's mail session, by way
 * of the outbox ({@link BoiteEnvoi}, table courriel_sortant) so that no restart loses one.
 * <p>
 * The mail is written in the transaction of the action that fires it: an action that rolls back
 * leaves no mail (a credential must not be mailed for an account that was never saved). Once that
 * transaction has committed, it is sent at once, off the request thread, so a slow or absent SMTP
 * relay never holds a user's screen nor rolls back his operation. A failed attempt is retried after
 * each delay of {@link #DELAIS_ENTRE_TENTATIVES} (or of {@value #DELAIS}), by this node's scheduler and, should this node
 * stop, by the periodic pass of any node ({@link ReleveBoiteEnvoi}); after the last one the mail is
 * given up ("ECHEC"), listed for the Caf's administrator, who may send it again.
 * <p>
 * Each attempt claims the row first ({@link BoiteEnvoi#prendre}), so one node sends it. A node
 * that dies after the relay accepted a mail but before the row says so leaves it to be sent again
 * once its lease expires: the copy carries the same Message-ID. Logs name the recipient and the
 * subject, never the bodies (they may hold a password), and the bodies are blanked once sent.
 */
@ApplicationScoped
public class EnvoiCourriels {

    /** Waits before the 2nd to 6th attempts: a relay restart, a longer outage, then an evening's. */
    public static final List<Duration> DELAIS_ENTRE_TENTATIVES = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofHours(1));

    /**
     * Other waits, as ISO-8601 durations separated by commas ({@code PT2S,PT10S,PT60S}). The test
     * suite shortens the series so that a mail its relay refused is given up within the test class
     * that asked for it, instead of reaching the relay of a later class.
     */
    public static final String DELAIS = "eden.courriel.delais";

    /** How long a node holds a row while it sends it: past it, another node may take it (this one died). */
    public static final Duration BAIL_ENVOI = Duration.ofMinutes(2);

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

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    BoiteEnvoi boite;

    @Inject
    Clock horloge;

    @Inject
    Event<EchecEnvoiCourriel> echecs;

    private List<Duration> delais = DELAIS_ENTRE_TENTATIVES;

    @PostConstruct
    void bornerLesAttentes() {
        String reglage = System.getProperty(DELAIS, "");
        if (!reglage.isBlank()) {
            delais = Arrays.stream(reglage.split(",")).map(String::strip).map(Duration::parse).toList();
        }
        // The server's session object: settings made in the server configuration win.
        Properties reglages = session.getProperties();
        reglages.putIfAbsent("mail.smtp.connectiontimeout", String.valueOf(ATTENTE_CONNEXION.toMillis()));
        reglages.putIfAbsent("mail.smtp.timeout", String.valueOf(ATTENTE_REPONSE.toMillis()));
    }

    /**
     * Called by CDI in the transaction of the action (one is opened when there is none): the mail is
     * written with the action's data, and its first attempt is scheduled once that transaction has
     * committed.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    void enregistrer(@Observes(during = TransactionPhase.IN_PROGRESS) Courriel courriel) {
        CourrielSortant ligne = boite.ajouter(new CourrielSortant(courriel.destinataire(), courriel.objet(),
                courriel.texte(), courriel.html(), horloge.instant()));
        envoyerApresValidation(ligne.getId());
    }

    /** The first attempt of outbox row {@code id}, once the current transaction has committed. */
    public void envoyerApresValidation(long id) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int statut) {
                if (statut == Status.STATUS_COMMITTED) {
                    programmer(id, Duration.ZERO);
                }
            }
        });
    }

    /** The periodic pass, and "Renvoyer": an attempt of row {@code id} now, off the caller's thread. */
    public void programmer(long id, Duration delai) {
        planificateur.schedule(() -> tenter(id), delai.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The waits between attempts in force: as many retries as waits. */
    public List<Duration> delais() {
        return delais;
    }

    /** One attempt, if this node wins the row (another node, or an earlier call, may have it). */
    void tenter(long id) {
        try {
            if (!boite.prendre(id, horloge.instant(), BAIL_ENVOI)) {
                return;
            }
            CourrielSortant courriel = boite.lire(id).orElseThrow();
            try {
                Transport.send(message(courriel));
            } catch (MessagingException | RuntimeException e) {
                echouer(courriel, e);
                return;
            }
            boite.envoye(id, horloge.instant());
            if (courriel.getTentatives() > 1) {
                LOG.info(() -> courriel + " envoyé à la tentative " + courriel.getTentatives() + ".");
            }
        } catch (RuntimeException e) {
            // The database is unreachable: the row is untouched, or held by a lease that expires; a
            // later pass takes it again.
            LOG.warning(() -> "Courriel n° " + id + " : la boîte d'envoi est injoignable (" + e + ")");
        }
    }

    private void echouer(CourrielSortant courriel, Exception e) {
        // The cause's message only (a relay's refusal, "Connection refused"), never the message itself.
        String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
        int tentative = courriel.getTentatives();
        boolean definitif = tentative > delais.size();
        if (definitif) {
            boite.echoue(courriel.getId(), cause, null);
            LOG.log(Level.SEVERE, "{0} abandonné après {1} tentatives : {2}", new Object[]{courriel, tentative, cause});
        } else {
            Duration delai = delais.get(tentative - 1);
            boite.echoue(courriel.getId(), cause, horloge.instant().plus(delai));
            LOG.log(Level.WARNING, "{0} : échec de la tentative {1} ({2}), nouvel essai dans {3} s",
                    new Object[]{courriel, tentative, cause, delai.toSeconds()});
            programmer(courriel.getId(), delai);
        }
        echecs.fire(new EchecEnvoiCourriel(courriel.getDestinataire(), courriel.getObjet(), tentative, definitif, cause));
    }

    /** multipart/alternative: mail clients show the HTML part, or the text part when they cannot. */
    private MimeMessage message(CourrielSortant courriel) throws MessagingException {
        String utf8 = StandardCharsets.UTF_8.name();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // The outbox's, fixed when the mail was written: a copy sent again is the same message.
                setHeader("Message-ID", courriel.getMessageId());
            }
        };
        message.setFrom(); // the session's "from" (eden.mail.from), set in the server configuration
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(courriel.getDestinataire(), true));
        message.setSubject(courriel.getObjet(), utf8);
        message.setSentDate(new Date());

        MimeBodyPart texte = new MimeBodyPart();
        texte.setText(courriel.getTexte(), utf8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(courriel.getHtml(), utf8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(texte); // least preferred first (RFC 2046)
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }
}
