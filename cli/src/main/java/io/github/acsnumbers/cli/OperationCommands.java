package io.github.acsnumbers.cli;

import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOperation;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acs-numbers operation ...}: re-attach to a long-running phone-number operation by its id. */
@Command(name = "operation", mixinStandardHelpOptions = true,
    description = "Long-running phone-number operations (search_..., purchase_..., reservationPurchase_..., "
        + "release_..., capabilities_...) by id, e.g. from a log line or the Azure portal.",
    subcommands = {OperationCommands.Show.class, OperationCommands.Wait.class})
final class OperationCommands {
    private OperationCommands() {
    }

    /** {@code operation show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows an operation's current state.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The operation id.")
        String id;

        @Override
        int execute() {
            PhoneNumberOperation op = connection().phoneNumbers().getOperation(id);
            out().println("Operation:   " + op.getId());
            out().println("Type:        " + op.getOperationType());
            out().println("Status:      " + op.getStatus());
            out().println("Created:     " + op.getCreatedAt());
            if (op.getResourceLocation() != null) {
                out().println("Result at:   " + op.getResourceLocation());
            }
            if (op.getError() != null) {
                out().println("Error:       " + op.getError().code() + ": " + op.getError().message());
            }
            return OperationStatus.FAILED.equals(op.getStatus()) ? AcsNumbers.ERROR : 0;
        }
    }

    /** {@code operation wait}. */
    @Command(name = "wait", mixinStandardHelpOptions = true,
        description = "Follows an operation (or a resume token) to its end and prints its result; exit 1 if it "
            + "failed or did not end within --timeout.")
    static final class Wait extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The operation id or a resume token.")
        String id;

        @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "Longest wait, ISO-8601 (default PT30M).")
        Duration timeout;

        @Override
        int execute() {
            PhoneNumbersClient client = connection().phoneNumbers();
            SyncPoller<?> poller = resume(client, id);
            OperationStatus status = poller.waitForCompletion(timeout);
            if (!status.isComplete()) {
                throw new UserError("TIMEOUT", "Operation " + poller.getOperationId() + " is still " + status
                    + " after " + timeout + "; wait again later with: acs-numbers operation wait "
                    + poller.getOperationId());
            }
            Object result = poller.getFinalResult(); // throws CommunicationException when it failed
            out().println("Operation " + poller.getOperationId() + " " + status + ".");
            if (result instanceof PhoneNumberSearchResult) {
                NumbersCommands.printSearch(this, (PhoneNumberSearchResult) result);
            } else if (result instanceof PurchasedPhoneNumber) {
                PurchasedPhoneNumber n = (PurchasedPhoneNumber) result;
                out().println(n.getPhoneNumber() + ": calling " + n.getCapabilities().getCalling() + ", sms "
                    + n.getCapabilities().getSms());
            }
            return 0;
        }

        /** The resume method is chosen by the id's prefix; a resume token is tried with each kind. */
        static SyncPoller<?> resume(PhoneNumbersClient client, String id) {
            String lower = id.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("search_")) {
                return client.resumeSearchAvailablePhoneNumbers(id);
            }
            if (lower.startsWith("purchase_")) {
                return client.resumePurchasePhoneNumbers(id);
            }
            if (lower.startsWith("reservationpurchase_")) {
                return client.resumeReservationPurchase(id);
            }
            if (lower.startsWith("release_")) {
                return client.resumeReleasePhoneNumber(id);
            }
            if (lower.startsWith("capabilities_")) {
                return client.resumeUpdatePhoneNumberCapabilities(id);
            }
            java.util.List<java.util.function.Function<String, SyncPoller<?>>> kinds = java.util.List.of(
                client::resumeSearchAvailablePhoneNumbers, client::resumePurchasePhoneNumbers,
                client::resumeReservationPurchase, client::resumeReleasePhoneNumber,
                client::resumeUpdatePhoneNumberCapabilities);
            for (java.util.function.Function<String, SyncPoller<?>> kind : kinds) {
                try {
                    return kind.apply(id);
                } catch (IllegalArgumentException e) {
                    // not a token of this kind
                }
            }
            throw new UserError("BAD_INPUT", "'" + id + "' is neither an operation id (search_..., purchase_..., "
                + "reservationPurchase_..., release_..., capabilities_...) nor a resume token.");
        }
    }
}
