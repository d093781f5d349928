//! Entry point for Trunk: everything lives in the library so browser tests can use it.

fn main() {
    teams_signin_check::run();
}
