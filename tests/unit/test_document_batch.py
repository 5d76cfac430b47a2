"""documents.batch: a warm process pool renders many documents; order, reuse, progress, cancel."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator

import pytest

from tests.benchmarks.bench_pdf import sample_certificate
from vokasi_desktop.documents import batch
from vokasi_desktop.documents.pdf import CertificateData, render_certificate_bytes
from vokasi_desktop.domain.progress import Cancelled, CancelToken, Progress


def _pid(_job: int) -> bytes:
    return str(os.getpid()).encode()


@pytest.fixture(autouse=True, scope="module")
def _stop_workers() -> object:
    yield
    batch.shutdown()


def _certificates(n: int) -> list[CertificateData]:
    base = sample_certificate()
    return [dataclasses.replace(base, number=f"SRT/{i:04d}/KC-KRJ/XII/2026",
                                name=f"PESERTA NOMOR {i}") for i in range(n)]


def test_pool_renders_the_same_bytes_in_job_order() -> None:
    jobs = _certificates(12)
    seen: list[Progress] = []
    pooled = batch.render_many(render_certificate_bytes, jobs, workers=2, report=seen.append,
                               text="Sertifikat")
    assert pooled == [render_certificate_bytes(job) for job in jobs]
    assert seen[0] == Progress(0, 12, "Sertifikat")
    assert seen[-1] == Progress(12, 12, "Sertifikat")
    assert [p.done for p in seen] == sorted(p.done for p in seen)


def test_workers_stay_alive_between_batches_and_use_more_than_one_process() -> None:
    first = set(batch.render_many(_pid, list(range(64)), workers=2))
    second = set(batch.render_many(_pid, list(range(64)), workers=2))
    assert str(os.getpid()).encode() not in first  # rendered in the workers
    assert second <= first  # the same warm workers, no new start
    assert len(first | second) == 2


def test_small_batches_and_one_worker_render_in_the_calling_process() -> None:
    assert set(batch.render_many(_pid, list(range(batch.MIN_POOL_JOBS - 1)), workers=2)) == {
        str(os.getpid()).encode()}
    assert set(batch.render_many(_pid, list(range(20)), workers=1)) == {str(os.getpid()).encode()}


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_stops_the_batch(workers: int) -> None:
    token = CancelToken()

    def report(progress: Progress) -> None:
        if progress.done > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        batch.render_many(render_certificate_bytes, _certificates(40), workers=workers,
                          report=report, cancel=token)


def _square(job: int) -> int:
    return job * job


def test_iter_render_streams_results_in_order_while_jobs_are_still_produced() -> None:
    """The class run stages (numbers, signatures) and stores documents while the workers
    render: jobs are pulled lazily and results come back in order before the last job is
    produced."""
    pulled: list[int] = []
    pulled_at_first_result: list[int] = []

    def jobs() -> Iterator[int]:
        for i in range(200):
            pulled.append(i)
            yield i

    out = []
    for result in batch.iter_render(_square, jobs(), total=200, workers=2):
        if not out:
            pulled_at_first_result.append(len(pulled))
        out.append(result)
    assert out == [i * i for i in range(200)]
    assert pulled_at_first_result[0] < 200


def test_chunks_shrink_towards_the_end_so_workers_finish_together() -> None:
    total, workers = 240, 2
    sizes, remaining = [], total
    while remaining:
        size = batch._chunk_size(remaining, total, workers)
        sizes.append(size)
        remaining -= size
    assert sum(sizes) == total
    assert max(sizes) <= batch.MAX_CHUNK
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 1
