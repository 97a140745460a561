/* SIGNAL PROCESSOR among the CPUs of one configuration (PoP chapter 4, "Signal-Processor
 * Orders").  The hook returns the condition code: 0 accepted, 1 status stored (in *status, which
 * the instruction puts in bits 32-63 of R1), 2 busy, 3 not operational. */
#ifndef ZSIE_SIGP_H
#define ZSIE_SIGP_H

#include "machine.h"

/* Order codes. */
#define SIGP_SENSE 0x01
#define SIGP_EXTERNAL_CALL 0x02
#define SIGP_EMERGENCY_SIGNAL 0x03
#define SIGP_START 0x04
#define SIGP_STOP 0x05
#define SIGP_RESTART 0x06
#define SIGP_STOP_AND_STORE_STATUS 0x09
#define SIGP_INITIAL_CPU_RESET 0x0B
#define SIGP_CPU_RESET 0x0C
#define SIGP_SET_PREFIX 0x0D
#define SIGP_STORE_STATUS_AT_ADDRESS 0x0E
#define SIGP_SET_ARCHITECTURE 0x12
#define SIGP_SENSE_RUNNING_STATUS 0x15

/* Status bits (bit 32 of the register = 0x80000000 here). */
#define SIGP_STATUS_EQUIPMENT_CHECK 0x80000000u
#define SIGP_STATUS_NOT_RUNNING 0x00000400u
#define SIGP_STATUS_INCORRECT_STATE 0x00000200u
#define SIGP_STATUS_INVALID_PARAMETER 0x00000100u
#define SIGP_STATUS_EXT_CALL_PENDING 0x00000080u
#define SIGP_STATUS_STOPPED 0x00000040u
#define SIGP_STATUS_OPERATOR_INTERVENING 0x00000020u
#define SIGP_STATUS_CHECK_STOP 0x00000010u
#define SIGP_STATUS_INOPERATIVE 0x00000004u
#define SIGP_STATUS_INVALID_ORDER 0x00000002u
#define SIGP_STATUS_RECEIVER_CHECK 0x00000001u

/* Set-architecture codes (parameter bits 56-63). */
#define SIGP_ARCH_ESA390 0
#define SIGP_ARCH_ZARCH 1
#define SIGP_ARCH_ZARCH_KEEP 2

#define SIGP_CC_ACCEPTED 0
#define SIGP_CC_STATUS 1
#define SIGP_CC_BUSY 2
#define SIGP_CC_NOT_OPERATIONAL 3

/* Carry out an order posted to mc while it ran, now that it has stopped (its own thread,
 * machine lock held). */
void sigp_perform_order(struct machine *m, struct mcpu *mc, enum mcpu_order order);

#endif
