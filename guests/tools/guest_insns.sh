#!/usr/bin/env bash
# Which instructions in the built guests can zsie not execute yet?  Disassembles every guest
# ELF of a build, maps each instruction to its row in cpu/insn_list.h by opcode, and lists the
# rows whose handler is not linked into the zsie binary, and opcodes with no row at all, with
# how often they occur statically.
#   guests/tools/guest_insns.sh [BUILD_DIR]      (default build/release)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm "$build/zsie" | awk '$2 ~ /^[Tt]$/ && $3 ~ /^op_/ {print $3}' | sort -u >"$tmp/defined"
perl -ne 'print "$2 $1 $3\n" if /^INSN\((\w+),\s*"(\w+)",.*,\s*(op_\w+)\)/' \
  "$root/cpu/insn_list.h" >"$tmp/rows"
find "$build" -name '*.elf' -print0 | xargs -0 -n1 s390x-linux-gnu-objdump -d |
  awk -F'\t' 'NF >= 3 && $3 !~ /^\.(long|short|byte)/ {gsub(/ /, "", $2); print toupper($2)}' \
  >"$tmp/text"
perl -e '
  my ($rows, $defined, $text) = @ARGV;
  open R, $rows or die; while (<R>) { my ($k, $n, $h) = split; $row{$k} = [$n, $h] }
  open D, $defined or die; while (<D>) { chomp; $def{$_} = 1 }
  open T, $text or die;
  while (<T>) {
    chomp; my $h = $_; next if length($h) < 4;
    # opcode: 2 bytes; or byte 0 + low nibble of byte 1 (RI, RIL); or bytes 0 and 5; or byte 0
    my @keys = (substr($h, 0, 4), substr($h, 0, 2) . substr($h, 3, 1),
                length($h) == 12 ? substr($h, 0, 2) . substr($h, 10, 2) : (), substr($h, 0, 2));
    my ($hit) = grep { $row{$_} } @keys;
    if (!$hit) {
      my $k = length($h) == 12 && $h =~ /^E[37BCD]/ ? substr($h, 0, 2) . ".." . substr($h, 10, 2)
                                                     : substr($h, 0, 4);
      $norow{$k}++;
      next;
    }
    my ($name, $fn) = @{$row{$hit}};
    $missing{$name}++ unless $def{$fn};
  }
  print "no handler: ", join(" ", map { "$_($missing{$_})" } sort { $missing{$b} <=> $missing{$a} } keys %missing), "\n";
  print "no row (opcode bytes): ", join(" ", map { "$_($norow{$_})" } sort { $norow{$b} <=> $norow{$a} } keys %norow), "\n";
' "$tmp/rows" "$tmp/defined" "$tmp/text"
