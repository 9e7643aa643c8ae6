//! Rule validation and rule tests through the binary.
