package objects

// FSPath returns o itself for a str or bytes, else the result of its __fspath__, as
// os.fspath does. ok is false when o has no __fspath__.
func FSPath(ts *Thread, o Object) (path Object, ok bool, err error) {
	switch o.(type) {
	case *Str, *Bytes:
		return o, true, nil
	}
	meth, err := GetAttr(ts, o.Type(), NewStr("__fspath__"))
	if err != nil || meth == None {
		return nil, false, nil
	}
	res, err := Call(ts, meth, []Object{o}, nil)
	if err != nil {
		return nil, true, err
	}
	switch res.(type) {
	case *Str, *Bytes:
		return res, true, nil
	}
	return nil, true, Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, res.Type().Name)
}
