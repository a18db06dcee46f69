// The smallest Swift program the start-up benchmark times beside crossread and `less`: what starting
// a (statically linked) Swift binary costs by itself.
print("swift hello")
