package pl.edugmina.correspondence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An ePUAP inbox (skrytka) the service bus polls, with the outcome of the last polls. */
@Entity
@Table(name = "epuap_inbox")
public class EpuapInbox {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "epuap_inbox_seq")
    @SequenceGenerator(name = "epuap_inbox_seq", sequenceName = "epuap_inbox_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String podmiot;
    @Column(name = "nazwa_skrytki", nullable = false)
    private String nazwaSkrytki;
    @Column(name = "adres_skrytki", nullable = false, unique = true)
    private String adresSkrytki;
    @Column(name = "unit_id")
    private Long unitId;
    private boolean active = true;
    @Column(name = "poll_interval_seconds")
    private int pollIntervalSeconds = 30;
    @Column(name = "last_poll_at")
    private Instant lastPollAt;
    @Column(name = "last_success_at")
    private Instant lastSuccessAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "last_error_at")
    private Instant lastErrorAt;
    private Integer waiting;
    @Column(name = "received_total")
    private long receivedTotal;
    @Version
    private int version;

    protected EpuapInbox() {
    }

    public EpuapInbox(String name, String podmiot, String nazwaSkrytki, String adresSkrytki, Long unitId, int pollIntervalSeconds) {
        this.name = name;
        this.podmiot = podmiot;
        this.nazwaSkrytki = nazwaSkrytki;
        this.adresSkrytki = adresSkrytki;
        this.unitId = unitId;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public void polled(Instant at, Integer waitingNow, int received) {
        lastPollAt = at;
        lastSuccessAt = at;
        waiting = waitingNow;
        receivedTotal += received;
    }

    public void failed(Instant at, String error, int received) {
        lastPollAt = at;
        lastErrorAt = at;
        lastError = error;
        receivedTotal += received;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String podmiot() { return podmiot; }
    public String nazwaSkrytki() { return nazwaSkrytki; }
    public String adresSkrytki() { return adresSkrytki; }
    public Long unitId() { return unitId; }
    public boolean active() { return active; }
    public int pollIntervalSeconds() { return pollIntervalSeconds; }
    public Instant lastPollAt() { return lastPollAt; }
    public Instant lastSuccessAt() { return lastSuccessAt; }
    public String lastError() { return lastError; }
    public Instant lastErrorAt() { return lastErrorAt; }
    public Integer waiting() { return waiting; }
    public long receivedTotal() { return receivedTotal; }
}
