"""National scale on PostgreSQL: a member table LIST-partitioned by origin branch.

Run by hand (not part of the test suite):

    python tests/benchmarks/bench_partitioned.py postgresql://postgres@127.0.0.1:5432/postgres \
        --rows 3000000 --branches 120

Creates a throwaway database ``h13b_bench``, one partition per branch, inserts ``--rows``
members spread over the branches (server-side generate_series), then times: a NIK lookup
through the global (nik, origin_branch) unique index, a per-branch count (partition pruning), a
consolidated recap (GROUP BY origin_branch over all partitions) and a package-sized upsert
(25,000 rows of one branch with ON CONFLICT on uuid). Drops the database at the end.
"""

from __future__ import annotations

import argparse
import time

import psycopg


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("admin_url")
    ap.add_argument("--rows", type=int, default=3_000_000)
    ap.add_argument("--branches", type=int, default=120)
    args = ap.parse_args()
    with psycopg.connect(args.admin_url, autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS h13b_bench")
        c.execute("CREATE DATABASE h13b_bench")
    url = args.admin_url.rsplit("/", 1)[0] + "/h13b_bench"
    try:
        with psycopg.connect(url, autocommit=True) as c:
            c.execute("""CREATE TABLE member (
                id bigint GENERATED ALWAYS AS IDENTITY, uuid uuid NOT NULL,
                origin_branch text NOT NULL, nik char(16) NOT NULL, name text NOT NULL,
                birth_date date NOT NULL, segment text NOT NULL,
                PRIMARY KEY (origin_branch, id), UNIQUE (origin_branch, uuid),
                UNIQUE (origin_branch, nik)) PARTITION BY LIST (origin_branch)""")
            for b in range(args.branches):
                c.execute(f"CREATE TABLE member_b{b:03d} PARTITION OF member "
                          f"FOR VALUES IN ('B{b:03d}')")
            t = time.perf_counter()
            c.execute("""INSERT INTO member (uuid, origin_branch, nik, name, birth_date, segment)
                SELECT gen_random_uuid(), 'B' || lpad((g % %s)::text, 3, '0'),
                       '35' || lpad(g::text, 14, '0'), 'PESERTA ' || g,
                       date '1970-01-01' + (g %% 15000), (ARRAY['PU','BPU','PMI'])[1 + g %% 3]
                FROM generate_series(1, %s) g""".replace("%s", "{}").replace("%%", "%")
                      .format(args.branches, args.rows))
            insert_s = time.perf_counter() - t
            c.execute("ANALYZE member")
            size = c.execute("SELECT pg_size_pretty(pg_database_size('h13b_bench'))").fetchone()[0]

            def timed(sql: str, params: tuple = (), n: int = 20) -> float:
                c.execute(sql, params).fetchall()
                t = time.perf_counter()
                for _ in range(n):
                    c.execute(sql, params).fetchall()
                return (time.perf_counter() - t) / n * 1000

            nik = c.execute("SELECT nik, origin_branch FROM member LIMIT 1 OFFSET 12345").fetchone()
            lookup_ms = timed("SELECT id FROM member WHERE origin_branch = %s AND nik = %s",
                              (nik[1], nik[0]))
            any_branch_ms = timed("SELECT id FROM member WHERE nik = %s", (nik[0],))
            count_ms = timed("SELECT count(*) FROM member WHERE origin_branch = 'B007'", n=5)
            recap_ms = timed("SELECT origin_branch, segment, count(*) FROM member "
                             "GROUP BY 1, 2", n=2)
            t = time.perf_counter()
            c.execute("""INSERT INTO member (uuid, origin_branch, nik, name, birth_date, segment)
                SELECT gen_random_uuid(), 'B011', '36' || lpad(g::text, 14, '0'),
                       'BARU ' || g, date '1990-01-01', 'PU' FROM generate_series(1, 25000) g
                ON CONFLICT (origin_branch, uuid) DO NOTHING""")
            package_s = time.perf_counter() - t
        print(f"rows={args.rows:,} branches={args.branches} db_size={size}")
        print(f"bulk insert: {insert_s:.1f} s ({args.rows / insert_s:,.0f} rows/s)")
        print(f"NIK lookup with branch (pruned): {lookup_ms:.2f} ms; without branch "
              f"(all partitions): {any_branch_ms:.2f} ms")
        print(f"count one branch: {count_ms:.1f} ms; recap all branches: {recap_ms:.0f} ms")
        print(f"package-sized upsert (25,000 rows, one branch): {package_s:.2f} s")
    finally:
        with psycopg.connect(args.admin_url, autocommit=True) as c:
            c.execute("DROP DATABASE IF EXISTS h13b_bench WITH (FORCE)")


if __name__ == "__main__":
    main()
