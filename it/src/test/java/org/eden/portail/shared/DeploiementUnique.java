package org.eden.portail.shared;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.api.annotation.Scope;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.HashObjectStore;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.core.spi.context.AbstractContext;
import org.jboss.arquillian.core.spi.context.IdBoundContext;
import org.jboss.arquillian.core.spi.context.ObjectStore;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The portal is deployed once per run (once per database), not once per test class.
 * <p>
 * Arquillian deploys a class's {@code @Deployment} before the class and undeploys it after: with
 * some thirty classes and two databases, building, uploading and starting the 50 MB EAR took a
 * third of the integration run. Here the deployment scenario is generated once, from
 * {@link Deploiement#suite()} (the EAR with every test class in it), kept in a context of its own
 * that stays active for the whole run, deployed before the first class and undeployed when the
 * server stops; the classes' own deployment events are let through no more. Test classes therefore
 * share the server's state as they already shared its database: each prepares the data it needs
 * under names of its own.
 * <p>
 * Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} (client
 * side only: the EAR under test does not carry that file).
 */
public class DeploiementUnique implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployeur.class).context(ContexteDeLaSuiteActif.class);
    }

    /** What lives as long as the run: the one deployment scenario. */
    @Scope
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface DeLaSuite {
    }

    /** Arquillian binds a context by the interface it implements (its first one). */
    public interface ContexteDeLaSuite extends IdBoundContext<String> {

        void activer();
    }

    /** Activated once, never deactivated: what it holds is found from any class's context. */
    public static class ContexteDeLaSuiteActif extends AbstractContext<String> implements ContexteDeLaSuite {

        @Override
        public Class<? extends java.lang.annotation.Annotation> getScope() {
            return DeLaSuite.class;
        }

        @Override
        public void activer() {
            activate("suite");
        }

        @Override
        protected ObjectStore createNewObjectStore() {
            return new HashObjectStore();
        }
    }

    public static class Deployeur {

        @Inject
        private Instance<ClassContext> contexteDeClasse;
        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenarioDeClasse;
        @Inject
        private Instance<ContexteDeLaSuite> contexteDeLaSuite;
        @Inject
        @DeLaSuite
        private InstanceProducer<DeploymentScenario> scenarioDeLaSuite;
        @Inject
        private Event<GenerateDeployment> generation;
        @Inject
        private Event<UnDeployManagedDeployments> retrait;

        private boolean genere;
        private boolean deploiementAttendu;
        private boolean retraitAttendu;

        /** After the container has started (its own BeforeSuite observer runs first, precedence 0). */
        public void generer(@Observes(precedence = -100) BeforeSuite suite) {
            // The scenario generator puts what it generates in the active class's context.
            contexteDeClasse.get().activate(Deploiement.class);
            DeploymentScenario scenario;
            try {
                generation.fire(new GenerateDeployment(new TestClass(Deploiement.class)));
                scenario = scenarioDeClasse.get();
            } finally {
                contexteDeClasse.get().deactivate();
            }
            genere = true;
            deploiementAttendu = true;
            contexteDeLaSuite.get().activer();
            scenarioDeLaSuite.set(scenario);
        }

        /** A class's own scenario is not generated: lookups fall through to the suite's. */
        public void genererUneFois(@Observes EventContext<GenerateDeployment> evenement) {
            if (!genere) {
                evenement.proceed();
            }
        }

        /** Deployed before the first class only. */
        public void deployerUneFois(@Observes EventContext<DeployManagedDeployments> evenement) {
            if (deploiementAttendu) {
                deploiementAttendu = false;
                evenement.proceed();
            }
        }

        /** Undeployed when the server stops, not after each class. */
        public void retirerALaFin(@Observes EventContext<UnDeployManagedDeployments> evenement) {
            if (retraitAttendu) {
                retraitAttendu = false;
                evenement.proceed();
            }
        }

        public void retirer(@Observes BeforeStop arret) {
            retraitAttendu = true;
            retrait.fire(new UnDeployManagedDeployments());
        }
    }
}
