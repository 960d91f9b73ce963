package org.pubharvest.config.distributed;

import java.util.Objects;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.jms.core.JmsTemplate;

/**
 * Spring Batch's step execution requests on the broker's request queue, as JMS map messages (the step's
 * name and the step execution's id): plain values any JMS client can read, so nothing is deserialized
 * from Java serialization on a worker. Persistent, so a broker that restarts keeps those not yet taken.
 */
public final class PartitionRequests {

    private static final String STEP_NAME = "stepName";
    private static final String STEP_EXECUTION_ID = "stepExecutionId";

    private final JmsTemplate jms;
    private final String queue;

    public PartitionRequests(JmsTemplate jms, String queue) {
        this.jms = Objects.requireNonNull(jms, "jms");
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    public void send(StepExecutionRequest request) {
        jms.send(queue, session -> {
            MapMessage message = session.createMapMessage();
            message.setString(STEP_NAME, request.getStepName());
            message.setLong(STEP_EXECUTION_ID, request.getStepExecutionId());
            return message;
        });
    }

    /** The request a message carries. */
    public static StepExecutionRequest read(Message message) throws JMSException {
        if (!(message instanceof MapMessage map) || !map.itemExists(STEP_NAME) || !map.itemExists(STEP_EXECUTION_ID)) {
            throw new JMSException("not a partition request: " + message);
        }
        return new StepExecutionRequest(map.getString(STEP_NAME), map.getLong(STEP_EXECUTION_ID));
    }
}
