match 1:
    case {**_}: pass
