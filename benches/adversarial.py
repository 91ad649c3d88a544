#!/usr/bin/env python3
"""Writes the adversarial inputs of issue 16 into a folder (default: /tmp/art83-adversarial).

groups.toml      5,000 [[group]]s and 10,000 violations, 5,000 of them naming undeclared groups
adjust.toml      one AP 2019 violation with 100,000 adjustments
orders.toml      1,000 daily orders from 1900 to 2200 (refused up front: too many periods)
orders-max.toml  two daily orders from 1900 and 1955 to 2200: 199,700 periods, just under the limit
size.toml        an EDPB violation with size_percent = "20" (for `sweep`)
"""
import pathlib
import sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/art83-adversarial")
out.mkdir(parents=True, exist_ok=True)
head = ['[case]', 'title = "Q"', 'authority = "FR-CNIL"', 'decided = {}', '', '[undertaking]', 'name = "X"', '']


def case(decided, body):
    lines = [line.format(decided) if "{}" in line else line for line in head]
    (out / body[0]).write_text("\n".join(lines + body[1]) + "\n")


groups = []
for i in range(5000):
    groups += ['[[group]]', f'id = "group-{i:05d}"', '']
for i in range(5000):
    groups += ['[[violation]]', f'id = "v-{i:05d}"', 'articles = ["6(1)"]', f'group = "group-{i:05d}"', '']
for i in range(5000):
    groups += ['[[violation]]', f'id = "w-{i:05d}"', 'articles = ["6(1)"]', f'group = "other-{i:05d}"', '']
case("2024-05-16", ("groups.toml", groups))

adjust = ['[[violation]]', 'id = "v"', 'articles = ["33(1)"]', '[violation.ap2019]', 'beyond_bandwidth = "test"']
adjust += ['adjustments = ['] + [f'  {{ factor = "7-{i}", percent = "+0.001", reason = "r" }},' for i in range(100000)] + [']']
case("2020-05-16", ("adjust.toml", adjust))

violation = ['[[violation]]', 'id = "v"', 'articles = ["6(1)"]', 'fine = 1000', '']


def order(i, due):
    return ['[[penalty]]', f'id = "p{i}"', 'violation = "v"', 'order = "o"', 'amount = 100', 'per = "day"',
            f'due = {due}', 'max = "1000000000000"', '']


case("1900-01-01", ("orders.toml", violation + sum((order(i, "1900-01-02") for i in range(1000)), [])))
case("1900-01-01", ("orders-max.toml", violation + order(0, "1900-01-02") + order(1, "1955-01-02")))
size = ['turnover = 98_700_000', '', '[[violation]]', 'id = "dpo"', 'articles = ["38(3)"]', '[violation.edpb]',
        'seriousness = "medium"', 'position = "0"', 'size_percent = "20"']
case("2024-05-16", ("size.toml", size))
print(out)
